package io.outloud.settings;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.people.DepartmentRules;
import io.outloud.people.DepartmentSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Site settings (site admins read and change them; features read them) and each person's own preferences.
 * The REST resources are annotated too, but the checks here hold whoever calls.
 */
public class SettingsService {
    private final SettingsStore store;
    private final SiteAdmins admins;
    private final Viewer viewer;
    private final SettingLocks locks;
    private final AuditTrail audit;

    public SettingsService(SettingsStore store, SiteAdmins admins, Viewer viewer) {
        this(store, admins, viewer, SettingLocks.NONE, AuditTrail.NONE);
    }

    public SettingsService(SettingsStore store, SiteAdmins admins, Viewer viewer, SettingLocks locks, AuditTrail audit) {
        this.store = Objects.requireNonNull(store);
        this.admins = Objects.requireNonNull(admins);
        this.viewer = Objects.requireNonNull(viewer);
        this.locks = Objects.requireNonNull(locks);
        this.audit = Objects.requireNonNull(audit);
    }

    /**
     * The rules in force, for features to apply (no permission needed: applying them is not reading them out): what
     * the organisation's agreement fixes wins over what is stored.
     */
    public SiteSettings site() {
        return SiteSettings.from(locks.over(store.siteSettings()));
    }

    /** The keys of the settings the organisation's agreement fixes (shown read-only, never changed here). */
    public Set<String> lockedKeys() {
        return locks.fixed().keySet();
    }

    public SiteSettings siteForAdmin() {
        requireAdmin();
        return site();
    }

    /** Changes the given settings (null leaves one as it is). */
    public SiteSettings updateSite(Boolean namesToAuthors, Long minGroupSize, String reactorNames) {
        return updateSite(namesToAuthors, minGroupSize, reactorNames, null, null);
    }

    /** Changes the given settings (null leaves one as it is), the thoughts' rules too. */
    public SiteSettings updateSite(Boolean namesToAuthors, Long minGroupSize, String reactorNames, Boolean unnamedFeedback, Long waitingDays) {
        return updateSite(namesToAuthors, minGroupSize, reactorNames, unnamedFeedback, waitingDays, null, null, null);
    }

    /**
     * Changes the given settings (null leaves one as it is), where departments come from too: the source ("profile" or
     * "groups"), the group mapping and the list of departments as the admin writes them (see {@link DepartmentRules}).
     * Every value is checked before any is saved.
     */
    public SiteSettings updateSite(Boolean namesToAuthors, Long minGroupSize, String reactorNames, Boolean unnamedFeedback, Long waitingDays,
                                   String departmentSource, String departmentGroups, String departments) {
        requireAdmin();
        if (departmentSource != null && DepartmentSource.fromCode(departmentSource).isEmpty()) {
            throw OutloudException.invalid("outloud.people.error.department-source");
        }
        String groupsText = departmentGroups == null ? null : DepartmentRules.normalisedGroups(departmentGroups);
        String listText = departments == null ? null : DepartmentRules.normalisedList(departments);
        if (waitingDays != null && (waitingDays < 1 || waitingDays > SiteSettings.MAX_WAITING_DAYS)) {
            throw OutloudException.invalid("outloud.settings.error.waiting-days", SiteSettings.MAX_WAITING_DAYS);
        }
        if (minGroupSize != null && (minGroupSize < SiteSettings.MIN_GROUP_SIZE_FLOOR || minGroupSize > SiteSettings.MAX_MIN_GROUP_SIZE)) {
            throw OutloudException.invalid("outloud.settings.error.min-group-size", SiteSettings.MIN_GROUP_SIZE_FLOOR, SiteSettings.MAX_MIN_GROUP_SIZE);
        }
        if (reactorNames != null && ReactorNames.fromCode(reactorNames).isEmpty()) {
            throw OutloudException.invalid("outloud.settings.error.reactor-names");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        putIfGiven(changes, SiteSettings.REACTOR_NAMES, reactorNames);
        putIfGiven(changes, SiteSettings.NAMES_TO_AUTHORS, namesToAuthors);
        putIfGiven(changes, SiteSettings.MIN_GROUP_SIZE, minGroupSize);
        putIfGiven(changes, SiteSettings.UNNAMED_FEEDBACK, unnamedFeedback);
        putIfGiven(changes, SiteSettings.WAITING_DAYS, waitingDays);
        putIfGiven(changes, SiteSettings.DEPARTMENT_SOURCE, departmentSource);
        putIfGiven(changes, SiteSettings.DEPARTMENT_GROUPS, groupsText);
        putIfGiven(changes, SiteSettings.DEPARTMENTS, listText);
        save(changes);
        return site();
    }

    /** Saves the changes the agreement leaves open; each changed privacy setting goes to the audit with old and new value. */
    private void save(Map<String, String> changes) {
        Map<String, String> before = store.siteSettings();
        withoutLocked(changes).forEach((key, value) -> {
            store.putSiteSetting(key, value);
            String old = before.get(key);
            if (SettingLocks.LOCKABLE.contains(key) && !value.equals(old)) {
                audit.record(AuditKind.SETTING_CHANGED, null, AuditDetail.settingChanged(key, old, value));
            }
        });
    }

    /** How long the app keeps what it records about people, for the retention job to apply (no permission needed). */
    public Retention retention() {
        return Retention.from(locks.over(store.siteSettings()));
    }

    public Retention retentionForAdmin() {
        requireAdmin();
        return retention();
    }

    /**
     * Changes how long things are kept (null leaves one as it is): days for who saw a block (1 to {@value Retention#MAX_DAYS}),
     * months for the pairing history and the notices (1 to {@value Retention#MAX_MONTHS}), days after which unnamed
     * feedback forgets its giver (0 for never). Every value is checked before any is saved.
     */
    public Retention updateRetention(Long seenByDays, Long pairingMonths, Long noticeMonths, Long giverLinkDays) {
        requireAdmin();
        requireWithin(seenByDays, 1, Retention.MAX_DAYS, "outloud.settings.error.retention-days");
        requireWithin(pairingMonths, 1, Retention.MAX_MONTHS, "outloud.settings.error.retention-months");
        requireWithin(noticeMonths, 1, Retention.MAX_MONTHS, "outloud.settings.error.retention-months");
        requireWithin(giverLinkDays, Retention.NEVER, Retention.MAX_DAYS, "outloud.settings.error.retention-giver-days");
        Map<String, String> changes = new LinkedHashMap<>();
        putIfGiven(changes, Retention.SEEN_BY_DAYS, seenByDays);
        putIfGiven(changes, Retention.PAIRING_MONTHS, pairingMonths);
        putIfGiven(changes, Retention.NOTICE_MONTHS, noticeMonths);
        putIfGiven(changes, Retention.GIVER_LINK_DAYS, giverLinkDays);
        save(changes);
        return retention();
    }

    private static void requireWithin(Long value, int min, int max, String messageKey) {
        if (value != null && (value < min || value > max)) {
            throw OutloudException.invalid(messageKey, max);
        }
    }

    public Preferences mine() {
        return new Preferences("true".equals(store.preferences(viewer.requireUserKey()).get(Preferences.HIDE_MY_NAME)));
    }

    public Preferences updateMine(Boolean hideMyName) {
        String userKey = viewer.requireUserKey();
        if (hideMyName != null) {
            store.putPreference(userKey, Preferences.HIDE_MY_NAME, hideMyName.toString());
        }
        return mine();
    }

    /** Everyone who chose not to be named in lists of who saw or reacted to a block. */
    public Set<String> hiddenFromSeenBy() {
        return store.usersWithPreference(Preferences.HIDE_MY_NAME, "true");
    }

    /** Whether the current person is a site admin (who alone may learn who gave unnamed feedback). */
    public boolean viewerIsSiteAdmin() {
        return viewer.userKey().map(admins::isSiteAdmin).orElse(false);
    }

    private static void putIfGiven(Map<String, String> changes, String key, Object value) {
        if (value != null) {
            changes.put(key, value.toString());
        }
    }

    /**
     * The changes to save: a change of a setting the agreement fixes is refused before anything is saved; the fixed
     * value itself is accepted and not stored (the form sends every field, the fixed ones as shown).
     */
    private Map<String, String> withoutLocked(Map<String, String> changes) {
        Map<String, String> fixed = locks.fixed();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            String lockedValue = fixed.get(change.getKey());
            if (lockedValue != null && !lockedValue.equalsIgnoreCase(change.getValue())) {
                throw new OutloudException(Failure.CONFLICT, "outloud.settings.error.locked", change.getKey());
            }
        }
        Map<String, String> open = new LinkedHashMap<>(changes);
        open.keySet().removeAll(fixed.keySet());
        return open;
    }

    private void requireAdmin() {
        if (!admins.isSiteAdmin(viewer.requireUserKey())) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.settings.error.admin-only");
        }
    }
}
