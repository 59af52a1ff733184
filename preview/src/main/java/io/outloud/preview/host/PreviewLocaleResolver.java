package io.outloud.preview.host;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

/** SAL's LocaleResolver: the language a person chose (with the preview's language switcher), else the site's default, English. */
public final class PreviewLocaleResolver implements LocaleResolver {
    private final UserDirectory users;

    public PreviewLocaleResolver(UserDirectory users) {
        this.users = users;
    }

    @Override
    public Locale getLocale(UserKey userKey) {
        if (userKey == null) {
            return Locale.ENGLISH;
        }
        return users.language(userKey.getStringValue()).map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }
}
