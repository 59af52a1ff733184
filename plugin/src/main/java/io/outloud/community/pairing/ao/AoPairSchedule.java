package io.outloud.community.pairing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.Preload;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A community's pairing schedule: table AO_xxxxxx_PAIR_SCHEDULE, one row per community (COMMUNITY_KEY unique). */
@Preload
@Table("PAIR_SCHEDULE")
public interface AoPairSchedule extends Entity {
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String EVERY_DAYS = "EVERY_DAYS";
    String NEXT_RUN = "NEXT_RUN";

    @NotNull
    @Unique
    @StringLength(50)
    String getCommunityKey();

    void setCommunityKey(String communityKey);

    /** 0 (a lead starts rounds), 7, 14 or 28. */
    @Indexed
    int getEveryDays();

    void setEveryDays(int everyDays);

    /** When the next round is due (epoch millis); 0 for none. */
    @Indexed
    long getNextRun();

    void setNextRun(long nextRun);
}
