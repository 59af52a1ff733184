package io.outloud.settings;

import io.outloud.common.Page;
import io.outloud.common.PageRequest;

import java.time.Instant;

/** Persistence port of the privacy audit: entries are added, never changed (only an erasure blanks a person's key). */
public interface AuditStore {

    void add(Instant at, String actorKey, AuditKind kind, String subjectKey, String detail);

    /** Newest first. */
    Page<AuditEntry> page(PageRequest request);
}
