package io.outloud.plugin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English first; Dutch, French and German kept complete, and every key of one shape. */
class I18nBundlesTest {

    private static final List<String> LOCALES = List.of("nl", "fr", "de");

    @Test
    void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        assertFalse(english.isEmpty());
        for (String locale : LOCALES) {
            assertEquals(english, new TreeSet<>(load("_" + locale).stringPropertyNames()), "keys of outloud_" + locale);
        }
    }

    @Test
    void noValueIsBlankInAnyLanguage() throws IOException {
        for (String suffix : List.of("", "_nl", "_fr", "_de")) {
            Properties bundle = load(suffix);
            for (String key : bundle.stringPropertyNames()) {
                assertFalse(bundle.getProperty(key).isBlank(), key + " in outloud" + suffix);
            }
        }
    }

    /** outloud.<feature>.<screen>.<element>, or the macro browser's own shape <plugin key>.<macro>.<label|desc|param...>. */
    @Test
    void keysFollowTheOneShape() throws IOException {
        for (String key : load("").stringPropertyNames()) {
            assertTrue(key.matches("outloud\\.[a-z]+(\\.[a-z0-9-]+)+")
                    || key.matches("io\\.outloud\\.confluence\\.[a-z-]+\\.(label|desc|param\\.[a-z-]+\\.(label|desc))"), key);
        }
    }

    /** Texts go through MessageFormat in Confluence, so a lone apostrophe would vanish: it is written twice. */
    @Test
    void apostrophesAreDoubledForMessageFormat() throws IOException {
        for (String suffix : List.of("", "_nl", "_fr", "_de")) {
            Properties bundle = load(suffix);
            for (String key : bundle.stringPropertyNames()) {
                assertFalse(bundle.getProperty(key).matches(".*(?<!')'(?!').*"), key + " in outloud" + suffix + " has a lone apostrophe");
            }
        }
    }

    /** Every key the code, templates and scripts name exists; every key is used (directly, or by a prefix the code completes). */
    @Test
    void keysUsedInTheSourcesExistAndEveryKeyIsUsed() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        Set<String> literals = new TreeSet<>();
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("[\"']((?:io\\.outloud\\.confluence|outloud)\\.[a-z0-9.-]+)[\"']");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main"))) {
            for (var file : files.filter(f -> f.toString().matches(".*\\.(java|vm|js|xml)$")).toList()) {
                var matcher = literal.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    literals.add(matcher.group(1));
                }
            }
        }
        List<String> missing = literals.stream().filter(k -> !k.endsWith(".") && !english.contains(k))
                .filter(k -> k.startsWith("outloud.") && k.chars().filter(c -> c == '.').count() >= 2)
                .toList();
        assertEquals(List.of(), missing, "keys named in src/main but not in outloud.properties");
        List<String> unused = english.stream().sorted()
                .filter(k -> !k.startsWith("io.outloud.confluence."))
                .filter(k -> literals.stream().noneMatch(l -> l.equals(k) || (l.endsWith(".") && k.startsWith(l))))
                .toList();
        assertEquals(List.of(), unused, "keys in outloud.properties that nothing uses");
    }

    /** Non-ASCII characters are written as \\u escapes, so any reader (ISO-8859-1 or UTF-8) gets them right. */
    @Test
    void filesAreAsciiWithUnicodeEscapes() throws IOException {
        for (String suffix : List.of("", "_nl", "_fr", "_de")) {
            byte[] bytes = read("i18n/outloud" + suffix + ".properties");
            for (byte b : bytes) {
                assertTrue(b >= 0, "non-ASCII byte in outloud" + suffix + ".properties");
            }
            new String(bytes, StandardCharsets.US_ASCII);
        }
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream("i18n/outloud" + suffix + ".properties")) {
            assertNotNull(in, "outloud" + suffix + ".properties");
            properties.load(in);
        }
        return properties;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return in.readAllBytes();
        }
    }
}
