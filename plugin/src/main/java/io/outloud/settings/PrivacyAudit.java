package io.outloud.settings;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.Viewer;

import java.time.Clock;
import java.util.Objects;

/**
 * The privacy audit (works-council mode): every change of a privacy setting, every look-up of an unnamed feedback
 * giver, every export and every erasure is recorded, in the app's own list (site admins read it on the settings page)
 * and, through {@link HostAudit}, in the host's audit log (not wired yet: Confluence's AuditService is not declared in
 * host-api until its shape is confirmed on 9.2 and 10.2). Who did it is the signed-in person, or nobody when the app acts on its own.
 */
public class PrivacyAudit implements AuditTrail {
    private final AuditStore store;
    private final HostAudit host;
    private final SiteAdmins admins;
    private final Viewer viewer;
    private final Clock clock;

    /** Without the host's audit log (tests). */
    public PrivacyAudit(AuditStore store, SiteAdmins admins, Viewer viewer, Clock clock) {
        this(store, HostAudit.NONE, admins, viewer, clock);
    }

    public PrivacyAudit(AuditStore store, HostAudit host, SiteAdmins admins, Viewer viewer, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.host = Objects.requireNonNull(host);
        this.admins = Objects.requireNonNull(admins);
        this.viewer = Objects.requireNonNull(viewer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Records an act; an exported person's key is kept until they are erased, an erased one's never. */
    @Override
    public void record(AuditKind kind, String subjectKey, String detail) {
        store.add(clock.instant(), viewer.userKey().orElse(""), kind, subjectKey, detail == null ? "" : detail);
        host.record(kind, detail == null ? "" : detail);
    }

    /** The entries, newest first: site admins only. */
    public Page<AuditEntry> page(PageRequest request) {
        if (!admins.isSiteAdmin(viewer.requireUserKey())) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.settings.error.admin-only");
        }
        return store.page(request);
    }
}
