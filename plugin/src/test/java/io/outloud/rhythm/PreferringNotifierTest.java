package io.outloud.rhythm;

import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreferringNotifierTest {
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    /** Records what a notifier was given, and what it sent once the batch committed. */
    private static final class Recording implements Notifier {
        final List<Notice> now = new ArrayList<>();
        final List<Notice> after = new ArrayList<>();

        @Override
        public void notify(Notice notice) {
            now.add(notice);
        }

        @Override
        public Runnable notifyInBatch(List<Notice> notices) {
            now.addAll(notices);
            return () -> after.addAll(notices);
        }
    }

    private final InMemoryRhythmStores.Preferences preferences = new InMemoryRhythmStores.Preferences();
    private final InMemoryRhythmStores.Held held = new InMemoryRhythmStores.Held();
    private final Recording every = new Recording();
    private final Recording inApp = new Recording();
    private final PreferringNotifier notifier = new PreferringNotifier(preferences, held, every, inApp, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Notice notice(String to, Notice.Kind kind) {
        return new Notice(to, kind, "alice", 10, "m1", "text");
    }

    @Test
    void byDefault_aReplyGoesAtOnce_andACommunityAskWaitsForTheWeek_inTheAppAtOnce() {
        notifier.notify(notice("bruno", Notice.Kind.REPLY));
        notifier.notify(notice("bruno", Notice.Kind.COMMUNITY_ASK));

        assertEquals(List.of(notice("bruno", Notice.Kind.REPLY)), every.now);
        assertEquals(List.of(notice("bruno", Notice.Kind.COMMUNITY_ASK)), inApp.now);
        assertEquals(List.of(notice("bruno", Notice.Kind.COMMUNITY_ASK)), held.held("bruno", Cadence.WEEKLY, NOW, 10));
    }

    @Test
    void off_keepsTheNoticeInTheAppOnly_andHoldsNothing() {
        preferences.save("bruno", RhythmPreferences.DEFAULT.with(Map.of(NoticeTopic.REPLIES, Cadence.OFF), null, null), NOW);

        notifier.notify(notice("bruno", Notice.Kind.MENTION));

        assertTrue(every.now.isEmpty());
        assertEquals(1, inApp.now.size());
        assertTrue(held.rows.isEmpty());
    }

    @Test
    void aBatch_sendsMailOnlyToThoseAtOnce_afterCommit_andHoldsTheRest_withOneReadOfPreferences() {
        preferences.save("chloe", RhythmPreferences.DEFAULT.with(Map.of(NoticeTopic.COMMUNITY_ASKS, Cadence.AT_ONCE), null, null), NOW);
        preferences.save("dirk", RhythmPreferences.DEFAULT.with(Map.of(NoticeTopic.COMMUNITY_ASKS, Cadence.DAILY), null, null), NOW);
        List<Notice> batch = List.of(notice("bruno", Notice.Kind.COMMUNITY_ASK), notice("chloe", Notice.Kind.COMMUNITY_ASK),
                notice("dirk", Notice.Kind.COMMUNITY_ASK));

        Runnable mails = notifier.notifyInBatch(batch);

        assertEquals(1, preferences.reads);
        assertEquals(List.of(batch.get(1)), every.now);
        assertEquals(List.of(batch.get(0), batch.get(2)), inApp.now);
        assertEquals(List.of(), every.after, "no mail before the batch committed");
        assertEquals(List.of(batch.get(0)), held.held("bruno", Cadence.WEEKLY, NOW, 10));
        assertEquals(List.of(batch.get(2)), held.held("dirk", Cadence.DAILY, NOW, 10));
        mails.run();
        assertEquals(List.of(batch.get(1)), every.after);
    }
}
