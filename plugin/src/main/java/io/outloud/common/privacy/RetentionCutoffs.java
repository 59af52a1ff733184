package io.outloud.common.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The moments before which each kind of record goes: views of blocks (by day, UTC: a view of that day or earlier is
 * folded into counts without people), pairing history, notices, and the link from unnamed feedback to its giver (empty
 * while it is kept).
 */
public record RetentionCutoffs(LocalDate viewsBefore, Instant pairingBefore, Instant noticesBefore, Optional<Instant> giverLinksBefore) {
    public RetentionCutoffs {
        Objects.requireNonNull(viewsBefore, "viewsBefore");
        Objects.requireNonNull(pairingBefore, "pairingBefore");
        Objects.requireNonNull(noticesBefore, "noticesBefore");
        Objects.requireNonNull(giverLinksBefore, "giverLinksBefore");
    }

    /** The first moment of the first day whose views are kept with people. */
    public Instant viewsBeforeInstant() {
        return viewsBefore.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
