package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person who saw a block, once whatever the number of days: table AO_xxxxxx_BLOCK_VIEWER, UNIQUE_KEY (block,
 * person). Counting the distinct viewers and departments of a page reads these rows only, never the daily views.
 */
@Preload
@Table("BLOCK_VIEWER")
public interface AoViewer extends Entity {
    String PAGE_ID = "PAGE_ID";
    String MACRO_ID = "MACRO_ID";
    String USER_KEY = "USER_KEY";
    String DEPARTMENT = "DEPARTMENT";
    String UNIQUE_KEY = "UNIQUE_KEY";
    String FIRST_SEEN_AT = "FIRST_SEEN_AT";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    @StringLength(64)
    String getMacroId();

    void setMacroId(String macroId);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(255)
    String getDepartment();

    void setDepartment(String department);

    @NotNull
    @Unique
    @StringLength(400)
    String getUniqueKey();

    void setUniqueKey(String uniqueKey);

    @NotNull
    @Indexed
    long getFirstSeenAt();

    void setFirstSeenAt(long firstSeenAt);
}
