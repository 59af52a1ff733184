package io.outloud.settings.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.settings.AuditDetail;
import io.outloud.settings.AuditEntry;
import io.outloud.settings.SettingLabels;

import java.util.Locale;

/**
 * An audit entry's detail in the reader's language. The stored detail stays as recorded (a setting's key with its old
 * and new value, who downloaded, what became of the texts, which feedback), so that entries read the same in every
 * language and an older entry still reads; a detail this class does not know shows as stored.
 */
final class AuditDetails {
    private AuditDetails() {
    }

    static String readable(AuditEntry entry, I18nResolver i18n) {
        String detail = entry.detail();
        return switch (entry.kind()) {
            case SETTING_CHANGED -> {
                int colon = detail.indexOf(AuditDetail.CHANGE);
                String label = colon < 0 ? null : SettingLabels.I18N_KEYS.get(detail.substring(0, colon));
                yield label == null ? detail : i18n.getText(label) + detail.substring(colon);
            }
            case EXPORTED -> switch (detail) {
                case AuditDetail.OWN -> i18n.getText("outloud.audit.detail.own");
                case AuditDetail.BY_ADMIN -> i18n.getText("outloud.audit.detail.by-admin");
                default -> detail;
            };
            case ERASED -> detail.startsWith(AuditDetail.TEXTS)
                    ? i18n.getText("outloud.audit.detail.texts." + detail.substring(AuditDetail.TEXTS.length()).toLowerCase(Locale.ROOT))
                    : detail;
            case GIVER_LOOKED_UP -> detail.startsWith(AuditDetail.FEEDBACK)
                    ? i18n.getText("outloud.audit.detail.feedback", detail.substring(AuditDetail.FEEDBACK.length()))
                    : detail;
        };
    }
}
