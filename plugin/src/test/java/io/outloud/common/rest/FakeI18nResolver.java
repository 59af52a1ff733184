package io.outloud.common.rest;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Translates a key to "key(arg1,arg2)" so tests can see which key and which arguments were used. */
final class FakeI18nResolver implements I18nResolver {
    @Override
    public String getText(String key) {
        return key;
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        if (arguments == null || arguments.length == 0) {
            return key;
        }
        return key + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }

    @Override
    public String getText(java.util.Locale locale, String key, Serializable... arguments) {
        return getText(key, arguments);
    }
}
