package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

/** SAL: the language a person chose in their profile (the site's default where they chose none). Other members omitted. */
public interface LocaleResolver {
    /** Never null: the site's default when the person set no language or is unknown; {@code userKey} may be null. */
    Locale getLocale(UserKey userKey);
}
