package io.outloud.rhythm;

import io.outloud.common.Viewer;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/** The signed-in person's own rhythm: read it, change part of it (what is not named stays). */
public class RhythmService {
    private final RhythmPreferenceStore store;
    private final Viewer viewer;
    private final Clock clock;

    public RhythmService(RhythmPreferenceStore store, Viewer viewer, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.viewer = Objects.requireNonNull(viewer);
        this.clock = Objects.requireNonNull(clock);
    }

    public RhythmPreferences mine() {
        return store.of(viewer.requireUserKey());
    }

    public RhythmPreferences updateMine(Map<NoticeTopic, Cadence> cadences, Boolean weeklyDigest, Boolean fridayNudge) {
        String me = viewer.requireUserKey();
        RhythmPreferences next = store.of(me).with(cadences, weeklyDigest, fridayNudge);
        store.save(me, next, clock.instant());
        return next;
    }
}
