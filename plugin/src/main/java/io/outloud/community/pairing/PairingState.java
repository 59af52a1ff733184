package io.outloud.community.pairing;

import io.outloud.community.Community;
import io.outloud.people.Person;

import java.time.Instant;
import java.util.List;

/**
 * What a member sees of a community's pairing: their own part (opted in, snoozed, paused), their match of the latest
 * round (with each partner's conversation starters) and their earlier matches; for a lead also the schedule and the
 * latest rounds (null and empty for everyone else).
 */
public record PairingState(Community community, boolean lead, PairingParticipant me, Match current, List<Match> history,
                           PairingSchedule schedule, List<PairingRound> rounds) {
    public PairingState {
        history = List.copyOf(history);
        rounds = List.copyOf(rounds);
    }

    /** One of my matches: its round, my answer, and the people I was matched with. */
    public record Match(long id, int round, Instant startedAt, PairingAnswer answer, List<Partner> partners) {
        public Match {
            partners = List.copyOf(partners);
        }
    }

    /** A partner as I see them: who they are, and what I could talk with them about (only for the current match). */
    public record Partner(Person person, List<ConversationStarter> starters) {
        public Partner {
            starters = List.copyOf(starters);
        }
    }
}
