package com.atlassian.sal.api.message;

import java.io.Serializable;

/** SAL: texts from the plugin's i18n resources, in the current user's language. */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);
}
