package io.outloud.rhythm.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.PersonTables;
import io.outloud.common.privacy.TextsOnErasure;

import java.util.List;

/**
 * What the rhythm holds about a person: their choices, the notices waiting for their digest and which digests they
 * were sent. Erasing removes all three, and the held notices a person caused for others (they quote what they wrote);
 * a run that stopped at the person starts its walk again (the claims in DIGEST_SENT still tell nobody twice).
 */
public class RhythmPersonalData extends PersonTables {

    public RhythmPersonalData(ActiveObjects ao) {
        super(ao, List.of(new Column("rhythmPreferences", AoRhythmPref.class, AoRhythmPref.USER_KEY),
                new Column("heldNotices", AoHeldNotice.class, AoHeldNotice.USER_KEY),
                new Column("digestsSent", AoDigestSent.class, AoDigestSent.USER_KEY)));
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        ao.executeInTransaction(() -> {
            delete(AoRhythmPref.class, AoRhythmPref.USER_KEY, userKey);
            delete(AoHeldNotice.class, AoHeldNotice.USER_KEY, userKey);
            delete(AoHeldNotice.class, AoHeldNotice.ACTOR_KEY, userKey);
            delete(AoDigestSent.class, AoDigestSent.USER_KEY, userKey);
            for (AoDigestRun run : ao.find(AoDigestRun.class, net.java.ao.Query.select().where(AoDigestRun.CURSOR + " = ?", userKey))) {
                run.setCursor("");
                run.save();
            }
            return null;
        });
    }
}
