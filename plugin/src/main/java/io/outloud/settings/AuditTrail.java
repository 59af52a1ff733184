package io.outloud.settings;

/** Port: where the features record what the privacy audit keeps (see {@link PrivacyAudit}). */
public interface AuditTrail {
    /** Records nothing (tests of features that do not look at the audit). */
    AuditTrail NONE = (kind, subjectKey, detail) -> {
    };

    /** Records an act; {@code subjectKey} is the person it is about, or null (never an erased person's key). */
    void record(AuditKind kind, String subjectKey, String detail);
}
