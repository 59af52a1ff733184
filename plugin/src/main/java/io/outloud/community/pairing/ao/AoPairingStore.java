package io.outloud.community.pairing.ao;

import io.outloud.common.ao.SqlIn;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.community.pairing.PairHistory;
import io.outloud.community.pairing.PairingAnswer;
import io.outloud.community.pairing.PairingGroup;
import io.outloud.community.pairing.PairingMatch;
import io.outloud.community.pairing.PairingParticipant;
import io.outloud.community.pairing.PairingRound;
import io.outloud.community.pairing.PairingSchedule;
import io.outloud.community.pairing.PairingSeat;
import io.outloud.community.pairing.PairingStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link PairingStore} on Active Objects: five tables, each read one statement per method (a round writes in one transaction). */
public class AoPairingStore implements PairingStore {
    private final ActiveObjects ao;

    public AoPairingStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    private static String partKey(String communityKey, String userKey) {
        return communityKey + "/" + userKey;
    }

    private static String roundKey(String communityKey, int number) {
        return communityKey + "/" + number;
    }

    private static String seatKey(String communityKey, int number, String userKey) {
        return communityKey + "/" + number + "/" + userKey;
    }

    // ---------------------------------------------------------------- participants

    @Override
    public Optional<PairingParticipant> participant(String communityKey, String userKey) {
        AoPairParticipant[] rows = ao.find(AoPairParticipant.class, Query.select()
                .where(AoPairParticipant.PART_KEY + " = ?", partKey(communityKey, userKey)));
        return rows.length == 0 ? Optional.empty() : Optional.of(toParticipant(rows[0]));
    }

    @Override
    public void putParticipant(PairingParticipant participant) {
        String key = partKey(participant.communityKey(), participant.userKey());
        try {
            ao.executeInTransaction(() -> {
                AoPairParticipant[] rows = ao.find(AoPairParticipant.class, Query.select().where(AoPairParticipant.PART_KEY + " = ?", key));
                if (rows.length > 0) {
                    write(rows[0], participant);
                    return null;
                }
                return ao.create(AoPairParticipant.class,
                        new DBParam(AoPairParticipant.PART_KEY, key),
                        new DBParam(AoPairParticipant.COMMUNITY_KEY, participant.communityKey()),
                        new DBParam(AoPairParticipant.USER_KEY, participant.userKey()),
                        new DBParam(AoPairParticipant.OPTED_IN, participant.optedIn()),
                        new DBParam(AoPairParticipant.SNOOZED_UNTIL, dateText(participant.snoozedUntil())),
                        new DBParam(AoPairParticipant.UNANSWERED, participant.unanswered()),
                        new DBParam(AoPairParticipant.PAUSED, participant.paused()),
                        new DBParam(AoPairParticipant.CHANGED_AT, participant.changedAt().toEpochMilli()));
            });
        } catch (RuntimeException e) {
            // A racing write made the row first (the failed insert ended that transaction): this write is the later one.
            AoPairParticipant[] now = ao.find(AoPairParticipant.class, Query.select().where(AoPairParticipant.PART_KEY + " = ?", key));
            if (now.length == 0) {
                throw e;
            }
            write(now[0], participant);
        }
    }

    private static void write(AoPairParticipant row, PairingParticipant participant) {
        row.setOptedIn(participant.optedIn());
        row.setSnoozedUntil(dateText(participant.snoozedUntil()));
        row.setUnanswered(participant.unanswered());
        row.setPaused(participant.paused());
        row.setChangedAt(participant.changedAt().toEpochMilli());
        row.save();
    }

    @Override
    public List<PairingParticipant> participants(String communityKey) {
        return Arrays.stream(ao.find(AoPairParticipant.class, Query.select()
                        .where(AoPairParticipant.COMMUNITY_KEY + " = ?", communityKey).order("ID ASC")))
                .map(AoPairingStore::toParticipant).toList();
    }

    // ---------------------------------------------------------------- schedules

    @Override
    public Optional<PairingSchedule> schedule(String communityKey) {
        AoPairSchedule[] rows = ao.find(AoPairSchedule.class, Query.select().where(AoPairSchedule.COMMUNITY_KEY + " = ?", communityKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(toSchedule(rows[0]));
    }

    @Override
    public void putSchedule(PairingSchedule schedule) {
        try {
            ao.executeInTransaction(() -> writeSchedule(schedule));
        } catch (RuntimeException e) {
            AoPairSchedule[] now = ao.find(AoPairSchedule.class, Query.select().where(AoPairSchedule.COMMUNITY_KEY + " = ?", schedule.communityKey()));
            if (now.length == 0) {
                throw e;
            }
            now[0].setEveryDays(schedule.everyDays());
            now[0].setNextRun(millis(schedule.nextRun()));
            now[0].save();
        }
    }

    private Object writeSchedule(PairingSchedule schedule) {
        AoPairSchedule[] rows = ao.find(AoPairSchedule.class, Query.select().where(AoPairSchedule.COMMUNITY_KEY + " = ?", schedule.communityKey()));
        if (rows.length > 0) {
            rows[0].setEveryDays(schedule.everyDays());
            rows[0].setNextRun(millis(schedule.nextRun()));
            rows[0].save();
            return rows[0];
        }
        return ao.create(AoPairSchedule.class,
                new DBParam(AoPairSchedule.COMMUNITY_KEY, schedule.communityKey()),
                new DBParam(AoPairSchedule.EVERY_DAYS, schedule.everyDays()),
                new DBParam(AoPairSchedule.NEXT_RUN, millis(schedule.nextRun())));
    }

    @Override
    public List<PairingSchedule> due(Instant now) {
        return Arrays.stream(ao.find(AoPairSchedule.class, Query.select()
                        .where(AoPairSchedule.EVERY_DAYS + " > ? AND " + AoPairSchedule.NEXT_RUN + " > ? AND " + AoPairSchedule.NEXT_RUN + " <= ?",
                                0, 0L, now.toEpochMilli())
                        .order(AoPairSchedule.NEXT_RUN + " ASC, ID ASC")))
                .map(AoPairingStore::toSchedule).toList();
    }

    // ---------------------------------------------------------------- rounds

    @Override
    public Optional<PairingRound> lastRound(String communityKey) {
        return rounds(communityKey, 1).stream().findFirst();
    }

    @Override
    public List<PairingRound> rounds(String communityKey, int limit) {
        return Arrays.stream(ao.find(AoPairRound.class, Query.select()
                        .where(AoPairRound.COMMUNITY_KEY + " = ?", communityKey).order(AoPairRound.ROUND_NO + " DESC").limit(limit)))
                .map(AoPairingStore::toRound).toList();
    }

    @Override
    public List<PairHistory.Meeting> meetings(String communityKey) {
        Map<Long, List<String>> people = new LinkedHashMap<>();
        Map<Long, Integer> rounds = new HashMap<>();
        for (AoPairSeat seat : ao.find(AoPairSeat.class, Query.select("ID, " + AoPairSeat.MATCH_ID + ", " + AoPairSeat.ROUND_NO + ", " + AoPairSeat.USER_KEY)
                .where(AoPairSeat.COMMUNITY_KEY + " = ?", communityKey))) {
            people.computeIfAbsent(seat.getMatchId(), k -> new ArrayList<>()).add(seat.getUserKey());
            rounds.put(seat.getMatchId(), seat.getRoundNo());
        }
        List<PairHistory.Meeting> meetings = new ArrayList<>();
        people.forEach((match, keys) -> meetings.add(new PairHistory.Meeting(rounds.get(match), keys)));
        return meetings;
    }

    @Override
    public List<PairingSeat> seatsOfRound(String communityKey, int number) {
        return Arrays.stream(ao.find(AoPairSeat.class, Query.select()
                        .where(AoPairSeat.COMMUNITY_KEY + " = ? AND " + AoPairSeat.ROUND_NO + " = ?", communityKey, number)))
                .map(AoPairingStore::toSeat).toList();
    }

    @Override
    public Optional<PairingRound> startRound(NewRound round) {
        String key = roundKey(round.communityKey(), round.number());
        try {
            return Optional.of(ao.executeInTransaction(() -> write(round, key)));
        } catch (RuntimeException e) {
            // The unique round number or slot refused the round: another node, or a second click, made it first.
            if (ao.count(AoPairRound.class, AoPairRound.ROUND_KEY + " = ? OR " + AoPairRound.SLOT_KEY + " = ?", key, round.slot()) > 0) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private PairingRound write(NewRound round, String key) {
        long at = round.startedAt().toEpochMilli();
        // The claim comes first: a taken number or slot fails here, before anything else is written.
        AoPairRound row = ao.create(AoPairRound.class,
                new DBParam(AoPairRound.ROUND_KEY, key),
                new DBParam(AoPairRound.SLOT_KEY, round.slot()),
                new DBParam(AoPairRound.COMMUNITY_KEY, round.communityKey()),
                new DBParam(AoPairRound.ROUND_NO, round.number()),
                new DBParam(AoPairRound.STARTED_AT, at),
                new DBParam(AoPairRound.STARTED_BY, round.startedBy().isEmpty() ? null : round.startedBy()),
                new DBParam(AoPairRound.MATCHES, round.groups().size()),
                new DBParam(AoPairRound.UNMATCHED, round.unmatched()));
        for (PairingGroup group : round.groups()) {
            AoPairMatch match = ao.create(AoPairMatch.class,
                    new DBParam(AoPairMatch.ROUND_ID, (long) row.getID()),
                    new DBParam(AoPairMatch.COMMUNITY_KEY, round.communityKey()),
                    new DBParam(AoPairMatch.ROUND_NO, round.number()),
                    new DBParam(AoPairMatch.STARTED_AT, at));
            for (String userKey : group.userKeys()) {
                ao.create(AoPairSeat.class,
                        new DBParam(AoPairSeat.SEAT_KEY, seatKey(round.communityKey(), round.number(), userKey)),
                        new DBParam(AoPairSeat.MATCH_ID, (long) match.getID()),
                        new DBParam(AoPairSeat.COMMUNITY_KEY, round.communityKey()),
                        new DBParam(AoPairSeat.ROUND_NO, round.number()),
                        new DBParam(AoPairSeat.USER_KEY, userKey),
                        new DBParam(AoPairSeat.ANSWERED_AT, 0L));
            }
        }
        if (!round.leftUnanswered().isEmpty()) {
            Set<String> unanswered = new HashSet<>(round.leftUnanswered());
            for (AoPairParticipant participant : ao.find(AoPairParticipant.class, Query.select()
                    .where(AoPairParticipant.COMMUNITY_KEY + " = ?", round.communityKey()))) {
                if (unanswered.contains(participant.getUserKey())) {
                    PairingParticipant now = toParticipant(participant).leftUnanswered(round.startedAt());
                    participant.setUnanswered(now.unanswered());
                    participant.setPaused(now.paused());
                    participant.setChangedAt(now.changedAt().toEpochMilli());
                    participant.save();
                }
            }
        }
        if (round.schedule() != null) {
            writeSchedule(round.schedule());
        }
        return toRound(row);
    }

    // ---------------------------------------------------------------- matches and answers

    @Override
    public List<PairingMatch> matchesOf(String communityKey, String userKey, int limit) {
        AoPairSeat[] mine = ao.find(AoPairSeat.class, Query.select("ID, " + AoPairSeat.MATCH_ID)
                .where(AoPairSeat.COMMUNITY_KEY + " = ? AND " + AoPairSeat.USER_KEY + " = ?", communityKey, userKey)
                .order(AoPairSeat.ROUND_NO + " DESC").limit(limit));
        if (mine.length == 0) {
            return List.of();
        }
        List<Long> ids = Arrays.stream(mine).map(AoPairSeat::getMatchId).toList();
        return matches(ids);
    }

    private List<PairingMatch> matches(List<Long> ids) {
        Map<Long, AoPairMatch> byId = new HashMap<>();
        for (AoPairMatch match : ao.find(AoPairMatch.class, Query.select().where(SqlIn.in("ID", ids.size()), ids.toArray()))) {
            byId.put((long) match.getID(), match);
        }
        Map<Long, List<PairingSeat>> seats = new HashMap<>();
        for (AoPairSeat seat : ao.find(AoPairSeat.class, Query.select()
                .where(SqlIn.in(AoPairSeat.MATCH_ID, ids.size()), ids.toArray()).order("ID ASC"))) {
            seats.computeIfAbsent(seat.getMatchId(), k -> new ArrayList<>()).add(toSeat(seat));
        }
        List<PairingMatch> found = new ArrayList<>();
        for (Long id : ids) {
            AoPairMatch match = byId.get(id);
            if (match != null) {
                found.add(new PairingMatch(id, match.getCommunityKey(), match.getRoundNo(), Instant.ofEpochMilli(match.getStartedAt()),
                        seats.getOrDefault(id, List.of())));
            }
        }
        return found;
    }

    @Override
    public Optional<PairingMatch> match(long matchId) {
        return matches(List.of(matchId)).stream().findFirst();
    }

    @Override
    public boolean answer(long matchId, String userKey, PairingAnswer answer, Instant at) {
        AoPairSeat[] rows = ao.find(AoPairSeat.class, Query.select()
                .where(AoPairSeat.MATCH_ID + " = ? AND " + AoPairSeat.USER_KEY + " = ?", matchId, userKey));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setAnswer(answer.answered() ? answer.code() : null);
        rows[0].setAnsweredAt(answer.answered() ? at.toEpochMilli() : 0L);
        rows[0].save();
        return true;
    }

    @Override
    public void deleteCommunity(String communityKey) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoPairSeat.class, AoPairSeat.COMMUNITY_KEY + " = ?", communityKey);
            ao.deleteWithSQL(AoPairMatch.class, AoPairMatch.COMMUNITY_KEY + " = ?", communityKey);
            ao.deleteWithSQL(AoPairRound.class, AoPairRound.COMMUNITY_KEY + " = ?", communityKey);
            ao.deleteWithSQL(AoPairSchedule.class, AoPairSchedule.COMMUNITY_KEY + " = ?", communityKey);
            ao.deleteWithSQL(AoPairParticipant.class, AoPairParticipant.COMMUNITY_KEY + " = ?", communityKey);
            return null;
        });
    }

    // ---------------------------------------------------------------- mapping

    private static PairingParticipant toParticipant(AoPairParticipant row) {
        return new PairingParticipant(row.getCommunityKey(), row.getUserKey(), row.isOptedIn(),
                row.getSnoozedUntil() == null ? null : LocalDate.parse(row.getSnoozedUntil()), row.getUnanswered(), row.isPaused(),
                Instant.ofEpochMilli(row.getChangedAt()));
    }

    private static PairingSchedule toSchedule(AoPairSchedule row) {
        int every = PairingSchedule.CHOICES.contains(row.getEveryDays()) && row.getNextRun() > 0 ? row.getEveryDays() : 0;
        return new PairingSchedule(row.getCommunityKey(), every, every == 0 ? null : Instant.ofEpochMilli(row.getNextRun()));
    }

    private static PairingRound toRound(AoPairRound row) {
        return new PairingRound(row.getID(), row.getCommunityKey(), row.getRoundNo(), Instant.ofEpochMilli(row.getStartedAt()),
                row.getStartedBy(), row.getMatches(), row.getUnmatched());
    }

    private static PairingSeat toSeat(AoPairSeat row) {
        return new PairingSeat(row.getMatchId(), row.getUserKey(),
                row.getAnswer() == null ? PairingAnswer.NONE : PairingAnswer.fromCode(row.getAnswer()).orElse(PairingAnswer.NONE));
    }

    private static String dateText(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static long millis(Instant instant) {
        return instant == null ? 0L : instant.toEpochMilli();
    }
}
