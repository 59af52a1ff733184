package io.outloud.common.macro;

import com.atlassian.sal.api.message.I18nResolver;

import java.util.HashMap;
import java.util.Map;

/**
 * The i18n texts a template may read: templates hold no English, and call only this allowlisted method
 * rather than a host service (Confluence 9's Velocity allowlist lets a plugin allow its own classes only).
 *
 * <p>Each text is looked up once per instance: one instance serves every occurrence of the macros of a page
 * rendering (see {@link MacroContexts#texts}), which is one reader in one language, so fifty blocks format each of
 * their few dozen texts once instead of fifty times. Not thread-safe, as a rendering is not.
 */
public final class Texts {
    private final I18nResolver i18n;
    private final Map<String, String> looked = new HashMap<>();

    public Texts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String get(String key) {
        return looked.computeIfAbsent(key, i18n::getText);
    }
}
