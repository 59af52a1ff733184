package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * How many views a block had on a day (UTC) once the retention period forgot who they were by: table
 * AO_xxxxxx_BLOCK_VIEW_DAY, UNIQUE_KEY (block, day). It holds no person: the daily views folded into it are deleted.
 */
@Preload
@Table("BLOCK_VIEW_DAY")
public interface AoViewDay extends Entity {
    String PAGE_ID = "PAGE_ID";
    String MACRO_ID = "MACRO_ID";
    String SEEN_DAY = "SEEN_DAY";
    String VIEWS = "VIEWS";
    String UNIQUE_KEY = "UNIQUE_KEY";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(64)
    String getMacroId();

    void setMacroId(String macroId);

    @NotNull
    @StringLength(10)
    String getSeenDay();

    void setSeenDay(String day);

    @NotNull
    int getViews();

    void setViews(int views);

    @NotNull
    @Unique
    @StringLength(100)
    String getUniqueKey();

    void setUniqueKey(String uniqueKey);
}
