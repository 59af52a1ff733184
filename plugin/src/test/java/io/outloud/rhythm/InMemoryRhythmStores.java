package io.outloud.rhythm;

import io.outloud.notify.Notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The rhythm's stores in memory, answering as the Active Objects stores do (RhythmStoresTest holds those to it). */
final class InMemoryRhythmStores {
    private InMemoryRhythmStores() {
    }

    static final class Preferences implements RhythmPreferenceStore {
        final Map<String, RhythmPreferences> rows = new TreeMap<>();
        int reads;

        @Override
        public synchronized Map<String, RhythmPreferences> find(Collection<String> userKeys) {
            reads++;
            Map<String, RhythmPreferences> found = new HashMap<>();
            userKeys.forEach(key -> Optional.ofNullable(rows.get(key)).ifPresent(p -> found.put(key, p)));
            return found;
        }

        @Override
        public synchronized void save(String userKey, RhythmPreferences preferences, Instant at) {
            rows.put(userKey, preferences);
        }

        @Override
        public synchronized List<String> nudged(String after, int limit) {
            return rows.entrySet().stream().filter(e -> e.getValue().fridayNudge() && e.getKey().compareTo(after) > 0)
                    .map(Map.Entry::getKey).limit(limit).toList();
        }
    }

    static final class Held implements HeldNoticeStore {
        record Row(Notice notice, Cadence cadence, Instant at) {
        }

        final List<Row> rows = new ArrayList<>();

        @Override
        public synchronized void hold(List<Notice> notices, Cadence cadence, Instant at) {
            notices.forEach(n -> rows.add(new Row(n, cadence, at)));
        }

        @Override
        public synchronized List<Notice> held(String userKey, Cadence cadence, Instant upTo, int limit) {
            return rows.stream().filter(r -> mine(r, userKey, cadence, upTo)).map(Row::notice).limit(limit).toList();
        }

        @Override
        public synchronized int release(String userKey, Cadence cadence, Instant upTo) {
            int before = rows.size();
            rows.removeIf(r -> mine(r, userKey, cadence, upTo));
            return before - rows.size();
        }

        @Override
        public synchronized List<String> holders(Cadence cadence, String after, int limit) {
            return rows.stream().filter(r -> r.cadence == cadence && r.notice.recipientKey().compareTo(after) > 0)
                    .map(r -> r.notice.recipientKey()).distinct().sorted().limit(limit).toList();
        }

        private static boolean mine(Row r, String userKey, Cadence cadence, Instant upTo) {
            return r.notice.recipientKey().equals(userKey) && r.cadence == cadence && !r.at.isAfter(upTo);
        }
    }

    static final class Runs implements DigestRunStore {
        final Map<String, String> cursors = new HashMap<>();
        final Set<String> done = new HashSet<>();
        final Set<String> claims = new HashSet<>();
        /** As on a site where the app has run for a while; a test of the first turn sets it to null. */
        Instant firstTurn = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public synchronized Instant firstTurn(Instant now) {
            if (firstTurn == null) {
                firstTurn = now;
            }
            return firstTurn;
        }

        @Override
        public synchronized Optional<String> cursor(String period) {
            return done.contains(period) ? Optional.empty() : Optional.of(cursors.computeIfAbsent(period, p -> ""));
        }

        @Override
        public synchronized boolean advance(String period, String from, String to, boolean finished) {
            if (done.contains(period) || !from.equals(cursors.get(period))) {
                return false;
            }
            cursors.put(period, to);
            if (finished) {
                done.add(period);
            }
            return true;
        }

        @Override
        public synchronized boolean claim(String period, String userKey, Instant at) {
            return claims.add(period + "|" + userKey);
        }
    }
}
