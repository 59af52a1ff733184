package io.outloud.rhythm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the rhythm's due mails, outside any request: for each due period, the period's audience is walked in bounded
 * batches from the run's durable cursor; each person who has something gets one mail, claimed in the store before it
 * goes, so a re-run or a second node tells nobody twice. A person is claimed only when a mail is to go: a run that
 * stopped half-way goes on where its cursor stands.
 */
public class RhythmRun {
    private static final Logger LOG = Logger.getLogger(RhythmRun.class.getName());
    public static final int BATCH = 100;
    static final Duration WEEK = Duration.ofDays(7);

    private final DigestCalendar calendar;
    private final DigestRunStore runs;
    private final DigestAudience audience;
    private final RhythmPreferenceStore preferences;
    private final HeldNoticeStore held;
    private final DigestComposer composer;
    private final RhythmMail mail;
    private final Clock clock;

    public RhythmRun(DigestCalendar calendar, DigestRunStore runs, DigestAudience audience, RhythmPreferenceStore preferences,
                     HeldNoticeStore held, DigestComposer composer, RhythmMail mail, Clock clock) {
        this.calendar = Objects.requireNonNull(calendar);
        this.runs = Objects.requireNonNull(runs);
        this.audience = Objects.requireNonNull(audience);
        this.preferences = Objects.requireNonNull(preferences);
        this.held = Objects.requireNonNull(held);
        this.composer = Objects.requireNonNull(composer);
        this.mail = Objects.requireNonNull(mail);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Runs every due period until its audience is through or {@code budget} has passed; how many mails went. */
    public int run(Duration budget) {
        Instant now = clock.instant();
        Instant stop = now.plus(budget);
        int sent = 0;
        Instant firstTurn = runs.firstTurn(now);
        for (DigestCalendar.Period period : calendar.due(now)) {
            // A period that began before the app's first turn is not sent: everything already there would read as new.
            if (!period.start().isBefore(firstTurn)) {
                sent += drain(period, now, stop);
            }
        }
        return sent;
    }

    private int drain(DigestCalendar.Period period, Instant now, Instant stop) {
        DigestComposer.Shared shared = new DigestComposer.Shared();
        int sent = 0;
        while (clock.instant().isBefore(stop)) {
            Optional<String> cursor = runs.cursor(period.id());
            if (cursor.isEmpty()) {
                break;
            }
            List<String> batch = audienceOf(period.kind(), cursor.get());
            if (batch.isEmpty()) {
                runs.advance(period.id(), cursor.get(), cursor.get(), true);
                break;
            }
            Map<String, RhythmPreferences> chosen = preferences.find(batch);
            for (String userKey : batch) {
                try {
                    sent += send(period, userKey, chosen.getOrDefault(userKey, RhythmPreferences.DEFAULT), now, shared);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Out Loud could not send a " + period.kind() + " mail; the person is skipped this time", e);
                }
            }
            if (!runs.advance(period.id(), cursor.get(), batch.get(batch.size() - 1), false)) {
                break; // another node runs this period
            }
        }
        return sent;
    }

    private List<String> audienceOf(DigestCalendar.Kind kind, String after) {
        return switch (kind) {
            case WEEKLY -> audience.after(after, BATCH);
            case DAILY -> held.holders(Cadence.DAILY, after, BATCH);
            case NUDGE -> preferences.nudged(after, BATCH);
        };
    }

    private int send(DigestCalendar.Period period, String userKey, RhythmPreferences chosen, Instant now, DigestComposer.Shared shared) {
        switch (period.kind()) {
            case WEEKLY -> {
                if (!chosen.weeklyDigest()) {
                    return 0;
                }
                WeeklyDigest digest = composer.weekly(userKey, now.minus(WEEK), now, shared);
                if (digest.isEmpty() || !runs.claim(period.id(), userKey, now)) {
                    return 0;
                }
                held.release(userKey, Cadence.WEEKLY, now);
                mail.weekly(userKey, digest);
            }
            case DAILY -> {
                List<DigestEntry> notices = composer.daily(userKey, now);
                if (notices.isEmpty()) {
                    held.release(userKey, Cadence.DAILY, now); // about what the person may no longer view
                    return 0;
                }
                if (!runs.claim(period.id(), userKey, now)) {
                    return 0; // told today already: these wait for tomorrow's
                }
                held.release(userKey, Cadence.DAILY, now);
                mail.daily(userKey, notices);
            }
            case NUDGE -> {
                if (!chosen.fridayNudge() || !runs.claim(period.id(), userKey, now)) {
                    return 0;
                }
                mail.nudge(userKey, composer.whereToWrite(userKey));
            }
        }
        return 1;
    }
}
