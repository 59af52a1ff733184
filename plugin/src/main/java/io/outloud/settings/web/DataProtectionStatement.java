package io.outloud.settings.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.settings.Retention;
import io.outloud.settings.SettingLabels;
import io.outloud.settings.SiteSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The data-protection statement's sections, written from the settings in force in the reader's language: what the app
 * stores, why, who sees what, for how long, what people can opt out of, export and erasure. A sentence that depends on
 * a setting is chosen here, so the statement always says what the site does now.
 */
final class DataProtectionStatement {
    private DataProtectionStatement() {
    }

    static List<DataProtectionView.Section> sections(SiteSettings site, Retention retention, Set<String> locked, I18nResolver i18n) {
        List<DataProtectionView.Section> sections = new ArrayList<>();
        sections.add(section(i18n, "stored", List.of(text(i18n, "stored.blocks"), text(i18n, "stored.seen"), text(i18n, "stored.thoughts"),
                text(i18n, "stored.communities"), text(i18n, "stored.notices"), text(i18n, "stored.thanks"), text(i18n, "stored.rhythm"),
                text(i18n, "stored.rollups"),
                text(i18n, "stored.where"))));
        sections.add(section(i18n, "purpose", List.of(text(i18n, "purpose.text"))));
        List<String> who = new ArrayList<>();
        who.add(i18n.getText("outloud.protection.who.seen.count", site.minGroupSize()));
        who.add(text(i18n, site.namesToAuthors() ? "who.seen.names" : "who.seen.no-names"));
        who.add(text(i18n, "who.reactors." + site.reactorNames().code()));
        who.add(text(i18n, site.unnamedFeedback() ? "who.feedback.unnamed" : "who.feedback.named"));
        who.add(i18n.getText("outloud.protection.who.communities", site.minGroupSize()));
        who.add(text(i18n, "who.thanks"));
        who.add(i18n.getText("outloud.protection.who.insight", site.minGroupSize()));
        who.add(text(i18n, "who.admins"));
        if (!locked.isEmpty()) {
            List<String> names = new ArrayList<>();
            locked.stream().sorted().forEach(key -> names.add(i18n.getText(SettingLabels.I18N_KEYS.getOrDefault(key, key))));
            who.add(text(i18n, "who.locked") + " " + String.join("; ", names) + ".");
        }
        sections.add(section(i18n, "who", who));
        sections.add(section(i18n, "kept", List.of(text(i18n, "kept.text"),
                i18n.getText("outloud.protection.kept.seen", retention.seenByDays()),
                i18n.getText("outloud.protection.kept.pairing", retention.pairingMonths()),
                i18n.getText("outloud.protection.kept.notices", retention.noticeMonths()),
                retention.giverLinkForgottenAfter().map(days -> i18n.getText("outloud.protection.kept.giver.days", days))
                        .orElseGet(() -> text(i18n, "kept.giver.kept")))));
        sections.add(section(i18n, "optout", List.of(text(i18n, "optout.hide"), text(i18n, "optout.voluntary"))));
        sections.add(section(i18n, "rights", List.of(text(i18n, "rights.export"), text(i18n, "rights.admin"))));
        return sections;
    }

    private static DataProtectionView.Section section(I18nResolver i18n, String name, List<String> items) {
        return new DataProtectionView.Section(name, text(i18n, name), items);
    }

    private static String text(I18nResolver i18n, String key) {
        return i18n.getText("outloud.protection." + key);
    }
}
