package io.outloud.settings;

/** Port: the host's own audit log, where the privacy audit's entries are written as well (Confluence's auditing). */
public interface HostAudit {
    /** No host audit log (tests, and until the host adapter is wired). */
    HostAudit NONE = (kind, detail) -> {
    };

    void record(AuditKind kind, String detail);
}
