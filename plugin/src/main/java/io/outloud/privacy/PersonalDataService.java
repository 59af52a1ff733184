package io.outloud.privacy;

import io.outloud.common.privacy.ExportSink;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.privacy.PersonalData;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.people.PersonDirectory;
import io.outloud.settings.AuditDetail;
import io.outloud.settings.AuditKind;
import io.outloud.settings.AuditTrail;
import io.outloud.settings.SiteAdmins;

import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything the app holds about a person: each person downloads their own; a site admin downloads anyone's and
 * erases anyone. Confluence's removal of a user and the daily sweep erase too (texts kept without a name, as
 * Confluence itself keeps a removed user's pages), and a deactivated user leaves pairing.
 */
public class PersonalDataService {
    /** Keys the sweep looks at per feature and turn, so that a turn stays short whatever the number of people. */
    static final int SWEEP_BATCH = 500;

    private final List<PersonalData> features;
    private final PersonDirectory directory;
    private final PersonStates states;
    private final SiteAdmins admins;
    private final Viewer viewer;
    private final AuditTrail audit;

    public PersonalDataService(List<PersonalData> features, PersonDirectory directory, PersonStates states, SiteAdmins admins,
                               Viewer viewer) {
        this(features, directory, states, admins, viewer, AuditTrail.NONE);
    }

    public PersonalDataService(List<PersonalData> features, PersonDirectory directory, PersonStates states, SiteAdmins admins,
                               Viewer viewer, AuditTrail audit) {
        this.audit = audit;
        this.features = List.copyOf(features);
        this.directory = directory;
        this.states = states;
        this.admins = admins;
        this.viewer = viewer;
    }

    /** The signed-in person's own key (whose data they may download). */
    public String mine() {
        return viewer.requireUserKey();
    }

    /** A site admin names a person by username: their key, or 404 when nobody has that name. */
    public String personForAdmin(String username) {
        requireAdmin();
        if (username == null || username.isBlank()) {
            throw OutloudException.invalid("outloud.privacy.error.username");
        }
        return directory.userKeyOf(username.trim()).orElseThrow(OutloudException::notFound);
    }

    /** The site admins' page of a person's data: site admins only (the page's own check, not just its annotation). */
    public void requireAdminPage() {
        requireAdmin();
    }

    /** How many rows the export of this person holds, to measure its progress by. */
    public long size(String userKey) {
        long rows = 0;
        for (PersonalData feature : features) {
            rows += feature.size(userKey);
        }
        return rows;
    }

    /** Writes the person's data, feature by feature, as each feature reads it. */
    public void export(String userKey, ExportSink sink) {
        features.forEach(feature -> feature.export(userKey, sink));
        // Recorded once written: the entry is the person's data too, and the download announced its size before.
        boolean own = viewer.userKey().map(userKey::equals).orElse(false);
        audit.record(AuditKind.EXPORTED, userKey, AuditDetail.exported(own));
    }

    /** A site admin erases a person named by username (the admin's own check is repeated here, not left to the caller). */
    public void eraseForAdmin(String username, String texts) {
        TextsOnErasure choice = TextsOnErasure.of(texts);
        String userKey = personForAdmin(username);
        erase(userKey, choice);
    }

    /** Confluence removed this user: the app forgets them, keeping what they wrote for others without a name. */
    public void removedByHost(String userKey) {
        if (userKey != null && !userKey.isBlank()) {
            erase(userKey, TextsOnErasure.ANONYMISE);
        }
    }

    /**
     * The daily reconciliation with the user directory (a removal through a directory sync fires no event): each
     * person key the app holds after {@code after} is looked up; removed people are erased, deactivated ones leave
     * pairing. Returns the last key looked at, or empty when the sweep reached the end.
     */
    public Optional<String> sweep(String after, Counts counts) {
        NavigableSet<String> keys = new TreeSet<>();
        String bound = null; // a feature that had more keys than a batch was read only up to here
        for (PersonalData feature : features) {
            String last = after;
            int read = 0;
            for (; read < SWEEP_BATCH; read++) {
                Optional<String> next = feature.nextHolder(last);
                if (next.isEmpty()) {
                    break;
                }
                last = next.get();
                keys.add(last);
            }
            if (read == SWEEP_BATCH && (bound == null || last.compareTo(bound) < 0)) {
                bound = last;
            }
        }
        NavigableSet<String> turn = bound == null ? keys : keys.headSet(bound, true);
        for (String key : turn) {
            if (TextsOnErasure.ERASED.equals(key)) {
                continue;
            }
            switch (states.of(key)) {
                case REMOVED -> {
                    erase(key, TextsOnErasure.ANONYMISE);
                    counts.erased++;
                }
                case DEACTIVATED -> {
                    features.forEach(feature -> feature.deactivated(key));
                    counts.deactivated++;
                }
                case ACTIVE -> counts.active++;
            }
        }
        return bound == null ? Optional.empty() : Optional.of(bound);
    }

    /** Confluence deactivated this user: they leave pairing (their data stays; they may come back). */
    public void deactivatedByHost(String userKey) {
        features.forEach(feature -> feature.deactivated(userKey));
    }

    void erase(String userKey, TextsOnErasure texts) {
        features.forEach(feature -> feature.erase(userKey, texts));
        // Who was erased is not kept (the audit would otherwise hold the key the erasure removed everywhere else).
        audit.record(AuditKind.ERASED, null, AuditDetail.erased(texts));
    }

    private void requireAdmin() {
        if (!admins.isSiteAdmin(viewer.requireUserKey())) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.settings.error.admin-only");
        }
    }

    /** What a sweep did. */
    public static final class Counts {
        public int active;
        public int deactivated;
        public int erased;

        @Override
        public String toString() {
            return active + " people present, " + deactivated + " deactivated, " + erased + " removed and erased";
        }
    }
}
