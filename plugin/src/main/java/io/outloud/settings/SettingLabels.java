package io.outloud.settings;

import java.util.Map;

/** The settings page's label (an i18n key) of each privacy setting, to name a setting where its key would show. */
public final class SettingLabels {
    public static final Map<String, String> I18N_KEYS = Map.of(
            SiteSettings.NAMES_TO_AUTHORS, "outloud.settings.admin.names-to-authors",
            SiteSettings.MIN_GROUP_SIZE, "outloud.settings.admin.min-group-size",
            SiteSettings.REACTOR_NAMES, "outloud.settings.admin.reactor-names",
            SiteSettings.UNNAMED_FEEDBACK, "outloud.settings.admin.unnamed-feedback",
            Retention.SEEN_BY_DAYS, "outloud.settings.retention.seen-by-days",
            Retention.PAIRING_MONTHS, "outloud.settings.retention.pairing-months",
            Retention.NOTICE_MONTHS, "outloud.settings.retention.notice-months",
            Retention.GIVER_LINK_DAYS, "outloud.settings.retention.giver-link-days");

    private SettingLabels() {
    }
}
