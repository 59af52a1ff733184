package io.outloud.spacetools.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One removal by a space admin: table AO_xxxxxx_MODERATION, read per space, newest first (AT, ID). */
@Preload
@Table("MODERATION")
public interface AoModeration extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String MODERATOR_KEY = "MODERATOR_KEY";
    String KIND = "KIND";
    String ITEM_ID = "ITEM_ID";
    String PAGE_ID = "PAGE_ID";
    String MACRO_ID = "MACRO_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String AT = "AT";

    @NotNull
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(255)
    String getModeratorKey();

    void setModeratorKey(String moderatorKey);

    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String kind);

    long getItemId();

    void setItemId(long itemId);

    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(64)
    String getMacroId();

    void setMacroId(String macroId);

    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @Indexed
    long getAt();

    void setAt(long at);
}
