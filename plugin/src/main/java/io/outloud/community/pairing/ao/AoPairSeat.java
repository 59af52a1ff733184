package io.outloud.community.pairing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.Preload;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's seat in a match: table AO_xxxxxx_PAIR_SEAT. SEAT_KEY ("community/round/user") is unique: a person sits
 * in one match per round. The answer is null until they say whether they met.
 */
@Preload
@Table("PAIR_SEAT")
public interface AoPairSeat extends Entity {
    String SEAT_KEY = "SEAT_KEY";
    String MATCH_ID = "MATCH_ID";
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String ROUND_NO = "ROUND_NO";
    String USER_KEY = "USER_KEY";
    String ANSWER = "ANSWER";
    String ANSWERED_AT = "ANSWERED_AT";

    @NotNull
    @Unique
    @StringLength(320)
    String getSeatKey();

    void setSeatKey(String seatKey);

    @NotNull
    @Indexed
    long getMatchId();

    void setMatchId(long matchId);

    @NotNull
    @Indexed
    @StringLength(50)
    String getCommunityKey();

    void setCommunityKey(String communityKey);

    @NotNull
    @Indexed
    int getRoundNo();

    void setRoundNo(int roundNo);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** met or not-met; null until answered. */
    @StringLength(16)
    String getAnswer();

    void setAnswer(String answer);

    /** Indexed: the insight's roll-up reads a day's answers by it. */
    @Indexed
    long getAnsweredAt();

    void setAnsweredAt(long answeredAt);
}
