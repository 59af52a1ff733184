package io.outloud.rhythm;

import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The notifier every feature calls, honouring each recipient's cadence for the notice's kind: "at once" goes through
 * every channel as before; "daily" and "weekly" go to the app's own list now and wait in the store for the digest's
 * mail; "off" goes to the app's own list only. One read of the recipients' preferences per call.
 */
public class PreferringNotifier implements Notifier {
    private static final Logger LOG = Logger.getLogger(PreferringNotifier.class.getName());

    private final RhythmPreferenceStore preferences;
    private final HeldNoticeStore held;
    private final Notifier everyChannel;
    private final Notifier inAppOnly;
    private final Clock clock;

    public PreferringNotifier(RhythmPreferenceStore preferences, HeldNoticeStore held, Notifier everyChannel, Notifier inAppOnly, Clock clock) {
        this.preferences = Objects.requireNonNull(preferences);
        this.held = Objects.requireNonNull(held);
        this.everyChannel = Objects.requireNonNull(everyChannel);
        this.inAppOnly = Objects.requireNonNull(inAppOnly);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void notify(Notice notice) {
        Cadence cadence;
        try {
            cadence = cadences(List.of(notice)).get(notice.recipientKey()).cadenceOf(notice.kind());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Out Loud could not read a notification preference; the notice goes at once", e);
            cadence = Cadence.AT_ONCE;
        }
        if (cadence == Cadence.AT_ONCE) {
            everyChannel.notify(notice);
            return;
        }
        inAppOnly.notify(notice);
        if (cadence.held()) {
            try {
                held.hold(List.of(notice), cadence, clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Out Loud could not keep a notice for a digest", e);
            }
        }
    }

    /** In a batch, the held notices are written with the app's own list, inside the caller's transaction. */
    @Override
    public Runnable notifyInBatch(List<Notice> notices) {
        Map<String, RhythmPreferences> chosen = cadences(notices);
        Map<Cadence, List<Notice>> byCadence = new EnumMap<>(Cadence.class);
        for (Notice notice : notices) {
            byCadence.computeIfAbsent(chosen.get(notice.recipientKey()).cadenceOf(notice.kind()), c -> new ArrayList<>()).add(notice);
        }
        List<Notice> atOnce = byCadence.getOrDefault(Cadence.AT_ONCE, List.of());
        List<Notice> later = notices.stream().filter(n -> !atOnce.contains(n)).toList();
        Runnable mails = atOnce.isEmpty() ? () -> { } : everyChannel.notifyInBatch(atOnce);
        if (!later.isEmpty()) {
            inAppOnly.notifyInBatch(later).run(); // the app's own list was written in the call; nothing leaves the app
        }
        byCadence.forEach((cadence, some) -> {
            if (cadence.held()) {
                held.hold(some, cadence, clock.instant());
            }
        });
        return mails;
    }

    private Map<String, RhythmPreferences> cadences(Collection<Notice> notices) {
        var keys = notices.stream().map(Notice::recipientKey).collect(Collectors.toSet());
        Map<String, RhythmPreferences> found = new java.util.HashMap<>(preferences.find(keys));
        keys.forEach(key -> found.putIfAbsent(key, RhythmPreferences.DEFAULT));
        return found;
    }
}
