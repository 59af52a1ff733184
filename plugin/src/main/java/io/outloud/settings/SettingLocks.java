package io.outloud.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Privacy settings an organisation's agreement with its works council fixes, so that no site admin can change them
 * in the app: a properties file named by the system property {@code outloud.privacy.agreement} (keys as in {@link #LOCKABLE})
 * and single system properties {@code outloud.<key>} (e.g. {@code -Doutloud.seen.min-group-size=7}, which win over
 * the file). Both are read on every call, so an operator's change needs no restart; the file is parsed again only
 * when it changed.
 */
public final class SettingLocks {
    /** Prefix of the system property that fixes one setting. */
    public static final String PROPERTY_PREFIX = "outloud.";
    /** The system property naming the agreement's properties file, outloud.privacy.agreement (not an i18n key). */
    public static final String AGREEMENT_FILE = PROPERTY_PREFIX + "privacy.agreement";
    /**
     * The settings an agreement may fix, in the order the settings page shows them: the one list to extend when a
     * privacy setting is added. Any other key in the file or a system property is ignored.
     */
    public static final List<String> LOCKABLE = List.of(SiteSettings.NAMES_TO_AUTHORS, SiteSettings.MIN_GROUP_SIZE,
            SiteSettings.REACTOR_NAMES, SiteSettings.UNNAMED_FEEDBACK, Retention.SEEN_BY_DAYS, Retention.PAIRING_MONTHS,
            Retention.NOTICE_MONTHS, Retention.GIVER_LINK_DAYS);

    /** No agreement: nothing fixed (tests, and the default where no system property is set). */
    public static final SettingLocks NONE = new SettingLocks(name -> null);

    private final UnaryOperator<String> systemProperty;
    private volatile Loaded file = new Loaded(null, null, Map.of());

    /** @param systemProperty reads one system property (null when unset) */
    public SettingLocks(UnaryOperator<String> systemProperty) {
        this.systemProperty = systemProperty;
    }

    /** The locks of this JVM's system properties. */
    public static SettingLocks ofSystemProperties() {
        return new SettingLocks(System::getProperty);
    }

    /** The fixed values by setting key, only lockable keys. */
    public Map<String, String> fixed() {
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<String, String> fromFile = fromFile();
        for (String key : LOCKABLE) {
            String value = systemProperty.apply(PROPERTY_PREFIX + key);
            if (value == null) {
                value = fromFile.get(key);
            }
            if (value != null) {
                fixed.put(key, value.trim());
            }
        }
        return Collections.unmodifiableMap(fixed);
    }

    /** The stored settings with the fixed ones in their place. */
    Map<String, String> over(Map<String, String> stored) {
        Map<String, String> fixed = fixed();
        if (fixed.isEmpty()) {
            return stored;
        }
        Map<String, String> merged = new LinkedHashMap<>(stored);
        merged.putAll(fixed);
        return merged;
    }

    private Map<String, String> fromFile() {
        String name = systemProperty.apply(AGREEMENT_FILE);
        if (name == null || name.isBlank()) {
            return Map.of();
        }
        Path path = Path.of(name.trim());
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(path);
        } catch (IOException e) {
            // A named agreement that cannot be read must not silently unlock everything.
            throw new UncheckedIOException("The works-council agreement file " + path + " cannot be read", e);
        }
        Loaded loaded = file;
        if (!path.equals(loaded.path) || !modified.equals(loaded.modified)) {
            loaded = new Loaded(path, modified, read(path));
            file = loaded;
        }
        return loaded.values;
    }

    private static Map<String, String> read(Path path) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(path)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The works-council agreement file " + path + " cannot be read", e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key.trim(), properties.getProperty(key)));
        return Map.copyOf(values);
    }

    private record Loaded(Path path, FileTime modified, Map<String, String> values) {
    }
}
