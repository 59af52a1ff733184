package io.outloud.rhythm.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One person's rhythm: table AO_xxxxxx_RHYTHM_PREF, one row per person who changed anything (USER_KEY unique). */
@Preload
@Table("RHYTHM_PREF")
public interface AoRhythmPref extends Entity {
    String USER_KEY = "USER_KEY";
    String CADENCES = "CADENCES";
    String WEEKLY_DIGEST = "WEEKLY_DIGEST";
    String FRIDAY_NUDGE = "FRIDAY_NUDGE";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** "topic=cadence" pairs joined by ";". */
    @NotNull
    @StringLength(255)
    String getCadences();

    void setCadences(String cadences);

    boolean isWeeklyDigest();

    void setWeeklyDigest(boolean weeklyDigest);

    @Indexed
    boolean isFridayNudge();

    void setFridayNudge(boolean fridayNudge);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
