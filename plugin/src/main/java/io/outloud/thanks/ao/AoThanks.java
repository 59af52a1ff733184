package io.outloud.thanks.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One thanks: table AO_xxxxxx_THANKS. THANKS_KEY (a hash of thanker, occasion, its number and the thanked person) lets
 * the database refuse a second thanks for the same occasion, also under concurrent requests. HIDDEN: for unnamed
 * feedback (the thanker is never told whom it reached); its OCCASION_ID is forgotten with the feedback's giver link.
 */
@Preload
@Table("THANKS")
public interface AoThanks extends Entity {
    String THANKER_KEY = "THANKER_KEY";
    String RECEIVER_KEY = "RECEIVER_KEY";
    String OCCASION = "OCCASION";
    String OCCASION_ID = "OCCASION_ID";
    String THANKS_KEY = "THANKS_KEY";
    String NOTE = "NOTE";
    String HIDDEN = "HIDDEN";
    String SHOWN = "SHOWN";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    @StringLength(255)
    String getThankerKey();

    void setThankerKey(String thankerKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getReceiverKey();

    void setReceiverKey(String receiverKey);

    /** HELP, FEEDBACK, SHARE or PAIRING. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getOccasion();

    void setOccasion(String occasion);

    @NotNull
    @Indexed
    long getOccasionId();

    void setOccasionId(long occasionId);

    @NotNull
    @Unique
    @StringLength(64)
    String getThanksKey();

    void setThanksKey(String thanksKey);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    @Indexed
    boolean isHidden();

    void setHidden(boolean hidden);

    @NotNull
    @Indexed
    boolean isShown();

    void setShown(boolean shown);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
