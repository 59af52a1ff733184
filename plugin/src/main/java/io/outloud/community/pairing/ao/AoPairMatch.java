package io.outloud.community.pairing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.Preload;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Two or three people matched in a round: table AO_xxxxxx_PAIR_MATCH; its people are its seats. */
@Preload
@Table("PAIR_MATCH")
public interface AoPairMatch extends Entity {
    String ROUND_ID = "ROUND_ID";
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String ROUND_NO = "ROUND_NO";
    String STARTED_AT = "STARTED_AT";

    @NotNull
    @Indexed
    long getRoundId();

    void setRoundId(long roundId);

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
    long getStartedAt();

    void setStartedAt(long startedAt);
}
