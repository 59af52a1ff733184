package io.outloud.community.pairing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.Preload;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A pairing round: table AO_xxxxxx_PAIR_ROUND. ROUND_KEY ("community/number") and SLOT_KEY (the scheduled turn,
 * "community/at/millis", or a lead's start, "community/lead/number") are unique, so that two nodes, or a scheduled
 * turn and a click, make a round once.
 */
@Preload
@Table("PAIR_ROUND")
public interface AoPairRound extends Entity {
    String ROUND_KEY = "ROUND_KEY";
    String SLOT_KEY = "SLOT_KEY";
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String ROUND_NO = "ROUND_NO";
    String STARTED_AT = "STARTED_AT";
    String STARTED_BY = "STARTED_BY";
    String MATCHES = "MATCHES";
    String UNMATCHED = "UNMATCHED";

    @NotNull
    @Unique
    @StringLength(80)
    String getRoundKey();

    void setRoundKey(String roundKey);

    @NotNull
    @Unique
    @StringLength(100)
    String getSlotKey();

    void setSlotKey(String slotKey);

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
    long getStartedAt();

    void setStartedAt(long startedAt);

    /** The lead who started it; null for the schedule. */
    @StringLength(255)
    String getStartedBy();

    void setStartedBy(String startedBy);

    int getMatches();

    void setMatches(int matches);

    int getUnmatched();

    void setUnmatched(int unmatched);
}
