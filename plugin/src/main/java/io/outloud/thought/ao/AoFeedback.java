package io.outloud.thought.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A piece of feedback on a thought: table AO_xxxxxx_FEEDBACK. GIVER_KEY is always recorded, UNNAMED or not (site
 * admins may need it for abuse handling). Times are milliseconds since the epoch, UTC; 0 for "not yet".
 */
@Preload
@Table("FEEDBACK")
public interface AoFeedback extends Entity {
    String PAGE_ID = "PAGE_ID";
    String MACRO_ID = "MACRO_ID";
    String GIVER_KEY = "GIVER_KEY";
    String KIND = "KIND";
    String BODY = "BODY";
    String UNNAMED = "UNNAMED";
    String AUTHOR_ONLY = "AUTHOR_ONLY";
    String CREATED_AT = "CREATED_AT";
    String EDITED_AT = "EDITED_AT";
    String TAKEN_IN_AT = "TAKEN_IN_AT";

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
    String getGiverKey();

    void setGiverKey(String giverKey);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    @Indexed
    boolean isUnnamed();

    void setUnnamed(boolean unnamed);

    /** Given while the thought showed feedback to its author only: it stays so. */
    @NotNull
    @Indexed
    boolean isAuthorOnly();

    void setAuthorOnly(boolean authorOnly);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    long getEditedAt();

    void setEditedAt(long editedAt);

    @NotNull
    @Indexed
    long getTakenInAt();

    void setTakenInAt(long takenInAt);
}
