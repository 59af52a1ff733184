package io.outloud.community.pairing.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.ao.PersonTables;

import java.util.List;

/**
 * What "meet someone new" holds about a person: whether they take part, and the pairs they were in. Erasing removes
 * both (a round's totals stay as they were told); a deactivated person leaves pairing, so nobody is paired with them.
 */
public class PairingPersonalData extends PersonTables {

    public PairingPersonalData(ActiveObjects ao) {
        super(ao, List.of(
                new Column("pairingTakingPart", AoPairParticipant.class, AoPairParticipant.USER_KEY),
                new Column("pairingHistory", AoPairSeat.class, AoPairSeat.USER_KEY),
                new Column("pairingRoundsStarted", AoPairRound.class, AoPairRound.STARTED_BY)));
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        ao.executeInTransaction(() -> {
            delete(AoPairParticipant.class, AoPairParticipant.USER_KEY, userKey);
            delete(AoPairSeat.class, AoPairSeat.USER_KEY, userKey);
            anonymise(AoPairRound.class, AoPairRound.STARTED_BY, userKey, row -> { });
            return null;
        });
    }

    @Override
    public void deactivated(String userKey) {
        delete(AoPairParticipant.class, AoPairParticipant.USER_KEY, userKey);
    }
}
