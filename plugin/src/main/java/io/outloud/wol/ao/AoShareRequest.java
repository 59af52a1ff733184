package io.outloud.wol.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A request to share: table AO_xxxxxx_SHARE_REQUEST. OPEN_KEY (a hash of asker, askee and topic while the request is
 * open, "closed-<id>" after) lets the database refuse a second open request on the same topic, also under concurrent
 * requests (AO has no composite or partial unique constraint). Optional strings are null when absent (AO stores
 * empty strings as null on some databases).
 */
@Preload
@Table("SHARE_REQUEST")
public interface AoShareRequest extends Entity {
    String ASKER_KEY = "ASKER_KEY";
    String ASKEE_KEY = "ASKEE_KEY";
    String TOPIC = "TOPIC";
    String PAGE_ID = "PAGE_ID";
    String MACRO_ID = "MACRO_ID";
    String STATE = "STATE";
    String OPEN_KEY = "OPEN_KEY";
    String TOPIC_KEY = "TOPIC_KEY";
    String CREATED_AT = "CREATED_AT";
    String ANSWER_PAGE_ID = "ANSWER_PAGE_ID";
    String ANSWER_MACRO_ID = "ANSWER_MACRO_ID";
    String CLOSED_AT = "CLOSED_AT";

    @NotNull
    @Indexed
    @StringLength(255)
    String getAskerKey();

    void setAskerKey(String askerKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getAskeeKey();

    void setAskeeKey(String askeeKey);

    /** At most 200 code points: at most 400 UTF-16 units, within AO's 450 for an indexed-size string. */
    @NotNull
    @StringLength(450)
    String getTopic();

    void setTopic(String topic);

    /** The page it was asked from; 0 once that page is purged. */
    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @StringLength(64)
    String getMacroId();

    void setMacroId(String macroId);

    /** open, answered or declined. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getState();

    void setState(String state);

    @NotNull
    @Unique
    @StringLength(80)
    String getOpenKey();

    void setOpenKey(String openKey);

    /** The hash of asker, askee and topic, kept after the request closes: a declined question rests for a while. */
    @NotNull
    @Indexed
    @StringLength(64)
    String getTopicKey();

    void setTopicKey(String topicKey);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** The page of the block that answers it; 0 while unanswered or once that page is purged. */
    @NotNull
    @Indexed
    long getAnswerPageId();

    void setAnswerPageId(long answerPageId);

    @StringLength(64)
    String getAnswerMacroId();

    void setAnswerMacroId(String answerMacroId);

    /** When it was answered or declined; 0 while open. */
    @NotNull
    @Indexed
    long getClosedAt();

    void setClosedAt(long closedAt);
}
