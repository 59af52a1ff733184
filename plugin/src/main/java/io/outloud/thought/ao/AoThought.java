package io.outloud.thought.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A half-finished thought row: table AO_xxxxxx_THOUGHT, identified by its page and macro id (THOUGHT_KEY, unique).
 * STAGE is where people moved it; PAGE_STAGE what the page's parameter last said. Times are milliseconds since the
 * epoch, UTC; NOTIFIED_AT is 0 until the author first heard of feedback, NOTIFIED_UP_TO the newest piece counted then,
 * OWED_SINCE the time of the first piece not told yet (0: none).
 */
@Preload
@Table("THOUGHT")
public interface AoThought extends Entity {
    String THOUGHT_KEY = "THOUGHT_KEY";
    String MACRO_ID = "MACRO_ID";
    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String STAGE = "STAGE";
    String PAGE_STAGE = "PAGE_STAGE";
    String QUESTION = "QUESTION";
    String CREATED_AT = "CREATED_AT";
    String TOUCHED_AT = "TOUCHED_AT";
    String NOTIFIED_AT = "NOTIFIED_AT";
    String NOTIFIED_UP_TO = "NOTIFIED_UP_TO";
    String OWED_SINCE = "OWED_SINCE";
    String TRASHED = "TRASHED";
    String COMMUNITY = "COMMUNITY";

    @NotNull
    @Unique
    @StringLength(100)
    String getThoughtKey();

    void setThoughtKey(String thoughtKey);

    @NotNull
    @StringLength(64)
    String getMacroId();

    void setMacroId(String macroId);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    @Indexed
    @StringLength(16)
    String getStage();

    void setStage(String stage);

    @NotNull
    @StringLength(16)
    String getPageStage();

    void setPageStage(String pageStage);

    /** The feedback the author would like, one line of at most 300 characters (the page holds the full macro). */
    @StringLength(StringLength.UNLIMITED)
    String getQuestion();

    void setQuestion(String question);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @net.java.ao.schema.Indexed
    long getTouchedAt();

    void setTouchedAt(long touchedAt);

    @NotNull
    long getNotifiedAt();

    void setNotifiedAt(long notifiedAt);

    /** The id of the newest piece of feedback the last notice counted; 0 before the first. */
    @NotNull
    long getNotifiedUpTo();

    void setNotifiedUpTo(long notifiedUpTo);

    /** When the first piece of feedback not yet told came; 0 when nothing is owed. The job tells an hour after it. */
    @NotNull
    @Indexed
    long getOwedSince();

    void setOwedSince(long owedSince);

    @NotNull
    @Indexed
    boolean isTrashed();

    void setTrashed(boolean trashed);

    /** The community a community-only thought asks (its page's parameter); null for none. Communities list them. */
    @net.java.ao.schema.Indexed
    @StringLength(50)
    String getCommunity();

    void setCommunity(String community);
}
