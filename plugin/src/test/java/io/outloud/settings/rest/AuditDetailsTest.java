package io.outloud.settings.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.settings.AuditDetail;
import io.outloud.settings.AuditEntry;
import io.outloud.settings.AuditKind;
import io.outloud.settings.SiteSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Details written through {@link AuditDetail} read back in the reader's language, from the real German texts. */
class AuditDetailsTest {
    private final I18nResolver german = new BundleI18n("i18n/outloud_de.properties");

    @Test
    void aSettingChange_showsTheSettingsLabel_withOldAndNewValue() {
        String detail = AuditDetail.settingChanged(SiteSettings.MIN_GROUP_SIZE, "5", "7");

        assertEquals(german.getText("outloud.settings.admin.min-group-size") + ": 5 \u2192 7", read(AuditKind.SETTING_CHANGED, detail));
        assertEquals(german.getText("outloud.settings.admin.min-group-size") + ": - \u2192 7",
                read(AuditKind.SETTING_CHANGED, AuditDetail.settingChanged(SiteSettings.MIN_GROUP_SIZE, null, "7")));
    }

    @Test
    void downloadsErasuresAndLookUps_readInTheReadersLanguage() {
        assertEquals(german.getText("outloud.audit.detail.own"), read(AuditKind.EXPORTED, AuditDetail.exported(true)));
        assertEquals(german.getText("outloud.audit.detail.by-admin"), read(AuditKind.EXPORTED, AuditDetail.exported(false)));
        assertEquals(german.getText("outloud.audit.detail.texts.anonymise"),
                read(AuditKind.ERASED, AuditDetail.erased(TextsOnErasure.ANONYMISE)));
        assertEquals(german.getText("outloud.audit.detail.texts.delete"), read(AuditKind.ERASED, AuditDetail.erased(TextsOnErasure.DELETE)));
        assertEquals(german.getText("outloud.audit.detail.feedback", "42"), read(AuditKind.GIVER_LOOKED_UP, AuditDetail.giverLookedUp(42)));
    }

    @Test
    void aDetailItDoesNotKnow_showsAsStored() {
        assertEquals("unknown.key: 1 \u2192 2", read(AuditKind.SETTING_CHANGED, "unknown.key: 1 \u2192 2"));
        assertEquals("by the operator", read(AuditKind.EXPORTED, "by the operator"));
        assertEquals("an older entry", read(AuditKind.GIVER_LOOKED_UP, "an older entry"));
    }

    private String read(AuditKind kind, String detail) {
        return AuditDetails.readable(new AuditEntry(1, Instant.EPOCH, "admin", kind, null, detail), german);
    }

    /** The app's own translations, formatted as SAL does (MessageFormat). */
    private static final class BundleI18n implements I18nResolver {
        private final Properties texts = new Properties();

        BundleI18n(String resource) {
            try (InputStream in = AuditDetailsTest.class.getClassLoader().getResourceAsStream(resource)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getText(String key) {
            return texts.getProperty(key, key);
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return new MessageFormat(getText(key), Locale.GERMAN).format(arguments);
        }

        @Override
        public String getText(Locale locale, String key, Serializable... arguments) {
            return getText(key, arguments);
        }
    }
}
