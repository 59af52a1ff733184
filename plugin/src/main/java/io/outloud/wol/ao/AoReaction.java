package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A reaction row: table AO_xxxxxx_REACTION. UNIQUE_KEY (block, person, kind) lets the database refuse a second
 * reaction of one kind by one person, also under concurrent clicks, since AO has no composite unique constraint.
 */
@Preload
@Table("REACTION")
public interface AoReaction extends Entity {
    String MACRO_ID = "MACRO_ID";
    String PAGE_ID = "PAGE_ID";
    String USER_KEY = "USER_KEY";
    String KIND = "KIND";
    String UNIQUE_KEY = "UNIQUE_KEY";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    @StringLength(64)
    String getMacroId();

    void setMacroId(String macroId);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    @NotNull
    @Unique
    @StringLength(400)
    String getUniqueKey();

    void setUniqueKey(String uniqueKey);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
