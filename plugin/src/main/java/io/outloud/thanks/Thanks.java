package io.outloud.thanks;

import io.outloud.common.Keyset;

import java.time.Instant;
import java.util.Objects;

/**
 * One thanks: from the person helped to the person who helped, for one occasion, with a short note. {@code shown}: the
 * thanked person chose to show it on their card (private until then). {@code hidden}: for unnamed feedback, so the
 * thanker is never told whom it reached.
 */
public record Thanks(long id, String thankerKey, String receiverKey, Occasion occasion, long occasionId, String note, boolean hidden,
                     boolean shown, Instant createdAt) {
    public Thanks {
        Objects.requireNonNull(thankerKey, "thankerKey");
        Objects.requireNonNull(receiverKey, "receiverKey");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(createdAt, "createdAt");
        note = note == null ? "" : note;
    }

    public Keyset position() {
        return Keyset.of(createdAt, id);
    }
}
