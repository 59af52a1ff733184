package io.outloud.community.pairing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.Preload;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A member's part in a community's pairing: table AO_xxxxxx_PAIR_OPT. PART_KEY ("community/user") is unique: one row
 * per person and community, which opting in and out, snoozing and unanswered rounds change.
 */
@Preload
@Table("PAIR_OPT")
public interface AoPairParticipant extends Entity {
    String PART_KEY = "PART_KEY";
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String USER_KEY = "USER_KEY";
    String OPTED_IN = "OPTED_IN";
    String SNOOZED_UNTIL = "SNOOZED_UNTIL";
    String UNANSWERED = "UNANSWERED";
    String PAUSED = "PAUSED";
    String CHANGED_AT = "CHANGED_AT";

    @NotNull
    @Unique
    @StringLength(320)
    String getPartKey();

    void setPartKey(String partKey);

    @NotNull
    @Indexed
    @StringLength(50)
    String getCommunityKey();

    void setCommunityKey(String communityKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    boolean isOptedIn();

    void setOptedIn(boolean optedIn);

    /** The last day (ISO, UTC) of a snooze; null for none. */
    @StringLength(10)
    String getSnoozedUntil();

    void setSnoozedUntil(String snoozedUntil);

    /** Rounds in a row whose seat was left unanswered. */
    int getUnanswered();

    void setUnanswered(int unanswered);

    /** Paused after three unanswered rounds, until the person opts in again. */
    boolean isPaused();

    void setPaused(boolean paused);

    @NotNull
    long getChangedAt();

    void setChangedAt(long changedAt);
}
