package io.outloud.common.macro;

import com.atlassian.sal.api.message.I18nResolver;

/**
 * The i18n texts a template may read: templates hold no English, and call only this allowlisted method
 * rather than a host service (Confluence 9's Velocity allowlist lets a plugin allow its own classes only).
 */
public final class Texts {
    private final I18nResolver i18n;

    public Texts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String get(String key) {
        return i18n.getText(key);
    }
}
