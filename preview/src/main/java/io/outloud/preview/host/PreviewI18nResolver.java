package io.outloud.preview.host;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SAL's I18nResolver over the plugin's i18n resources, in the language of the current request; falls back to
 * English, then to the key itself, as Confluence does. Texts always go through MessageFormat, as Confluence's do.
 */
public final class PreviewI18nResolver implements I18nResolver {
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.FRENCH, Locale.GERMAN);

    private final ClassLoader loader;
    private final List<String> locations;
    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();

    public PreviewI18nResolver(ClassLoader loader, List<String> locations) {
        this.loader = loader;
        this.locations = List.copyOf(locations);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return format(RequestContext.current().locale(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return format(java.util.Objects.requireNonNull(locale, "locale"), key, (Object[]) arguments);
    }

    public String format(Locale locale, String key, Object... arguments) {
        String pattern = raw(locale, key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The unformatted text, or null when no bundle has the key. */
    public String raw(Locale locale, String key) {
        String text = bundle(locale.getLanguage()).getProperty(key);
        return text != null ? text : bundle("en").getProperty(key);
    }

    private Properties bundle(String language) {
        return bundles.computeIfAbsent(language, lang -> {
            Properties merged = new Properties();
            for (String location : locations) {
                String base = location.replace('.', '/');
                load(merged, base + ".properties");
                if (!lang.equals("en")) {
                    load(merged, base + "_" + lang + ".properties");
                }
            }
            return merged;
        });
    }

    private void load(Properties into, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                into.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource, e);
        }
    }
}
