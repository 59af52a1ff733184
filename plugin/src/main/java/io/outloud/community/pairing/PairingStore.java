package io.outloud.community.pairing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence port for pairing: participants, schedules, rounds, matches and their seats, by community key. */
public interface PairingStore {

    Optional<PairingParticipant> participant(String communityKey, String userKey);

    /** Records the participant as given, replacing their current row. */
    void putParticipant(PairingParticipant participant);

    /** Every participant of the community (opted in or not), in one query. */
    List<PairingParticipant> participants(String communityKey);

    Optional<PairingSchedule> schedule(String communityKey);

    void putSchedule(PairingSchedule schedule);

    /** The scheduled communities whose next round is due at this moment, in one query. */
    List<PairingSchedule> due(Instant now);

    Optional<PairingRound> lastRound(String communityKey);

    /** The community's latest rounds, newest first. */
    List<PairingRound> rounds(String communityKey, int limit);

    /** Who met whom in the community's earlier rounds: one meeting per match, in one query. */
    List<PairHistory.Meeting> meetings(String communityKey);

    /** The seats of one round of the community, in one query. */
    List<PairingSeat> seatsOfRound(String communityKey, int number);

    /**
     * Records a round as one transaction, or nothing at all when the round's number or its slot (the scheduled turn,
     * or the lead's start of that number) is taken already: another node or a second click made it first. Empty then.
     */
    Optional<PairingRound> startRound(NewRound round);

    /** The person's matches in the community, newest first, each with all its seats. */
    List<PairingMatch> matchesOf(String communityKey, String userKey, int limit);

    Optional<PairingMatch> match(long matchId);

    /** Records the person's answer on their seat in the match; false when they have no seat there. */
    boolean answer(long matchId, String userKey, PairingAnswer answer, Instant at);

    /** Everything pairing kept for the community (it was removed). */
    void deleteCommunity(String communityKey);

    /**
     * A round to record: its number and slot (unique per community), start, who started it ("" for the schedule), the
     * plan's groups, how many could not be matched, the people who left their previous seat unanswered (each counts one
     * more unanswered round, applied to their row as it is in the round's transaction, so that an answer or an opt-out
     * made meanwhile is kept), and the schedule after it (null to leave the schedule as it is).
     */
    record NewRound(String communityKey, int number, String slot, Instant startedAt, String startedBy, List<PairingGroup> groups,
                    int unmatched, Collection<String> leftUnanswered, PairingSchedule schedule) {
        public NewRound {
            groups = List.copyOf(groups);
            leftUnanswered = List.copyOf(leftUnanswered);
            startedBy = startedBy == null ? "" : startedBy;
        }
    }
}
