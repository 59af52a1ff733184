package io.outloud.rhythm;

import io.outloud.notify.Notice;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person's rhythm: a cadence per kind of notice, whether they get the weekly digest (on unless they turn it off)
 * and whether they get the Friday nudge to write about their week (off unless they ask for it).
 */
public record RhythmPreferences(Map<NoticeTopic, Cadence> cadences, boolean weeklyDigest, boolean fridayNudge) {
    public static final RhythmPreferences DEFAULT = new RhythmPreferences(Map.of(), true, false);

    public RhythmPreferences {
        EnumMap<NoticeTopic, Cadence> all = new EnumMap<>(NoticeTopic.class);
        for (NoticeTopic topic : NoticeTopic.values()) {
            all.put(topic, cadences.getOrDefault(topic, topic.byDefault()));
        }
        cadences = Map.copyOf(all);
    }

    public Cadence cadenceOf(Notice.Kind kind) {
        return cadences.get(NoticeTopic.of(kind));
    }

    public RhythmPreferences with(Map<NoticeTopic, Cadence> changed, Boolean digest, Boolean nudge) {
        EnumMap<NoticeTopic, Cadence> next = new EnumMap<>(cadences);
        next.putAll(changed);
        return new RhythmPreferences(next, digest == null ? weeklyDigest : digest, nudge == null ? fridayNudge : nudge);
    }

    /** The cadences as stored: "topic=cadence" pairs joined by ";", in the topics' order. */
    public String encodedCadences() {
        return Arrays.stream(NoticeTopic.values()).map(t -> t.code() + "=" + cadences.get(t).code()).collect(Collectors.joining(";"));
    }

    /** Reads what {@link #encodedCadences()} wrote; pairs it no longer knows (a topic since removed) are skipped. */
    public static Map<NoticeTopic, Cadence> decodeCadences(String encoded) {
        EnumMap<NoticeTopic, Cadence> cadences = new EnumMap<>(NoticeTopic.class);
        if (encoded == null || encoded.isEmpty()) {
            return cadences;
        }
        for (String pair : encoded.split(";")) {
            String[] parts = pair.split("=", 2);
            try {
                cadences.put(NoticeTopic.of(parts[0]), Cadence.of(parts.length > 1 ? parts[1] : ""));
            } catch (RuntimeException unknown) {
                // left at its default
            }
        }
        return cadences;
    }
}
