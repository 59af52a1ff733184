package io.outloud.thanks;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.community.pairing.PairingAnswer;
import io.outloud.community.pairing.PairingMatch;
import io.outloud.community.pairing.PairingSeat;
import io.outloud.community.pairing.PairingStore;
import io.outloud.people.PersonDirectory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pairing match where the current person said they met: each partner helped the other, so the one asking was helped by
 * the partner they name (or the only one). Someone without a seat in the match was not helped by it.
 */
public class PairingOccasions implements OccasionFinder {
    private final PairingStore pairing;
    private final PersonDirectory people;
    private final Viewer viewer;

    public PairingOccasions(PairingStore pairing, PersonDirectory people, Viewer viewer) {
        this.pairing = Objects.requireNonNull(pairing);
        this.people = Objects.requireNonNull(people);
        this.viewer = Objects.requireNonNull(viewer);
    }

    @Override
    public Occasion occasion() {
        return Occasion.PAIRING;
    }

    @Override
    public Optional<Helped> find(long id, String partner) {
        String me = viewer.requireUserKey();
        Optional<PairingMatch> found = pairing.match(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PairingMatch match = found.get();
        PairingSeat mine = match.seatOf(me).orElseThrow(() -> new OutloudException(Failure.NOT_PERMITTED, "outloud.thanks.error.not-helped"));
        if (mine.answer() != PairingAnswer.MET) {
            throw new OutloudException(Failure.CONFLICT, "outloud.thanks.error.not-met");
        }
        List<String> partners = match.partnersOf(me);
        String other;
        if (partner == null || partner.isBlank()) {
            if (partners.size() != 1) {
                throw OutloudException.invalid("outloud.thanks.error.partner");
            }
            other = partners.get(0);
        } else {
            other = people.userKeyOf(partner.strip()).orElse(me); // someone not in the match: refused below as oneself would be
            if (!other.equals(me) && !partners.contains(other)) {
                throw OutloudException.invalid("outloud.thanks.error.partner");
            }
        }
        return Optional.of(new Helped(me, other, false, TextsOnErasure.ERASED.equals(other)));
    }
}
