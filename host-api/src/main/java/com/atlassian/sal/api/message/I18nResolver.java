package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/** SAL: texts from the plugin's i18n resources, in the current user's language or in a given one. */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    /** In the given language (not null), e.g. a mail's recipient's. */
    String getText(Locale locale, String key, Serializable... arguments);
}
