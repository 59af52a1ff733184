package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A view of a block by a person on a day (UTC): table AO_xxxxxx_BLOCK_VIEW. UNIQUE_KEY (block, person, day) lets the
 * database refuse a second view that day, also under concurrent requests. The department is the viewer's at the time.
 */
@Preload
@Table("BLOCK_VIEW")
public interface AoView extends Entity {
    String PAGE_ID = "PAGE_ID";
    String MACRO_ID = "MACRO_ID";
    String USER_KEY = "USER_KEY";
    String DEPARTMENT = "DEPARTMENT";
    String SEEN_DAY = "SEEN_DAY";
    String UNIQUE_KEY = "UNIQUE_KEY";
    String SEEN_AT = "SEEN_AT";

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
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(255)
    String getDepartment();

    void setDepartment(String department);

    @NotNull
    @StringLength(10)
    @Indexed
    String getSeenDay();

    void setSeenDay(String day);

    @NotNull
    @Unique
    @StringLength(400)
    String getUniqueKey();

    void setUniqueKey(String uniqueKey);

    @NotNull
    long getSeenAt();

    void setSeenAt(long seenAt);
}
