package io.outloud.community.pairing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pairing's store in memory, with the AO store's rules: a round's number and slot are unique per community. */
public final class InMemoryPairingStore implements PairingStore {
    private final Map<String, PairingParticipant> participants = new LinkedHashMap<>();
    private final Map<String, PairingSchedule> schedules = new LinkedHashMap<>();
    private final List<PairingRound> rounds = new ArrayList<>();
    private final Map<String, String> slots = new HashMap<>();
    private final Map<Long, PairingMatch> matches = new LinkedHashMap<>();
    private long ids;

    @Override
    public synchronized Optional<PairingParticipant> participant(String communityKey, String userKey) {
        return Optional.ofNullable(participants.get(communityKey + "/" + userKey));
    }

    @Override
    public synchronized void putParticipant(PairingParticipant p) {
        participants.put(p.communityKey() + "/" + p.userKey(), p);
    }

    @Override
    public synchronized List<PairingParticipant> participants(String communityKey) {
        return participants.values().stream().filter(p -> p.communityKey().equals(communityKey)).toList();
    }

    @Override
    public synchronized Optional<PairingSchedule> schedule(String communityKey) {
        return Optional.ofNullable(schedules.get(communityKey));
    }

    @Override
    public synchronized void putSchedule(PairingSchedule schedule) {
        schedules.put(schedule.communityKey(), schedule);
    }

    @Override
    public synchronized List<PairingSchedule> due(Instant now) {
        return schedules.values().stream().filter(s -> s.scheduled() && !s.nextRun().isAfter(now)).toList();
    }

    @Override
    public synchronized Optional<PairingRound> lastRound(String communityKey) {
        return rounds(communityKey, 1).stream().findFirst();
    }

    @Override
    public synchronized List<PairingRound> rounds(String communityKey, int limit) {
        return rounds.stream().filter(r -> r.communityKey().equals(communityKey))
                .sorted(Comparator.comparing(PairingRound::number).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<PairHistory.Meeting> meetings(String communityKey) {
        return matches.values().stream().filter(m -> m.communityKey().equals(communityKey))
                .map(m -> new PairHistory.Meeting(m.round(), m.seats().stream().map(PairingSeat::userKey).toList())).toList();
    }

    @Override
    public synchronized List<PairingSeat> seatsOfRound(String communityKey, int number) {
        return matches.values().stream().filter(m -> m.communityKey().equals(communityKey) && m.round() == number)
                .flatMap(m -> m.seats().stream()).toList();
    }

    @Override
    public synchronized Optional<PairingRound> startRound(NewRound round) {
        String key = round.communityKey() + "/" + round.number();
        if (slots.containsKey(key) || slots.containsValue(round.slot())) {
            return Optional.empty();
        }
        slots.put(key, round.slot());
        PairingRound made = new PairingRound(++ids, round.communityKey(), round.number(), round.startedAt(), round.startedBy(),
                round.groups().size(), round.unmatched());
        rounds.add(made);
        for (PairingGroup group : round.groups()) {
            long id = ++ids;
            matches.put(id, new PairingMatch(id, round.communityKey(), round.number(), round.startedAt(),
                    group.userKeys().stream().map(k -> new PairingSeat(id, k, PairingAnswer.NONE)).toList()));
        }
        for (String userKey : round.leftUnanswered()) {
            participant(round.communityKey(), userKey).ifPresent(p -> putParticipant(p.leftUnanswered(round.startedAt())));
        }
        if (round.schedule() != null) {
            putSchedule(round.schedule());
        }
        return Optional.of(made);
    }

    @Override
    public synchronized List<PairingMatch> matchesOf(String communityKey, String userKey, int limit) {
        return matches.values().stream().filter(m -> m.communityKey().equals(communityKey) && m.seatOf(userKey).isPresent())
                .sorted(Comparator.comparing(PairingMatch::round).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized Optional<PairingMatch> match(long matchId) {
        return Optional.ofNullable(matches.get(matchId));
    }

    @Override
    public synchronized boolean answer(long matchId, String userKey, PairingAnswer answer, Instant at) {
        PairingMatch match = matches.get(matchId);
        if (match == null || match.seatOf(userKey).isEmpty()) {
            return false;
        }
        matches.put(matchId, new PairingMatch(match.id(), match.communityKey(), match.round(), match.startedAt(), match.seats().stream()
                .map(s -> s.userKey().equals(userKey) ? new PairingSeat(matchId, userKey, answer) : s).toList()));
        return true;
    }

    @Override
    public synchronized void deleteCommunity(String communityKey) {
        participants.values().removeIf(p -> p.communityKey().equals(communityKey));
        schedules.remove(communityKey);
        rounds.removeIf(r -> r.communityKey().equals(communityKey));
        matches.values().removeIf(m -> m.communityKey().equals(communityKey));
    }

    public synchronized int roundCount() {
        return rounds.size();
    }
}
