package io.outloud.preview.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * URL allowlist for href/src. Browsers ignore ASCII whitespace and control characters inside a scheme
 * ("java&#9;script:"), so the scheme is judged with those removed; entities are already decoded by the XML parser.
 * Anything that looks like a scheme but is not allowed is rejected, which also rejects look-alikes.
 */
final class SafeUrls {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    private SafeUrls() {
    }

    static Optional<String> linkHref(String value) {
        return allowed(value, LINK_SCHEMES);
    }

    static Optional<String> imageSrc(String value) {
        return allowed(value, IMAGE_SCHEMES);
    }

    private static Optional<String> allowed(String value, Set<String> schemes) {
        String cleaned = withoutControlCharacters(value).strip();
        String compact = cleaned.replace(" ", "");
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return Optional.of(cleaned); // relative reference or #anchor
            }
            if (c == ':') {
                String scheme = compact.substring(0, i).toLowerCase(Locale.ROOT);
                return schemes.contains(scheme) ? Optional.of(cleaned) : Optional.empty();
            }
        }
        return Optional.of(cleaned); // no scheme at all: relative
    }

    /** Tabs, newlines and other C0 controls are dropped by browsers' URL parsers, so we drop them too. */
    private static String withoutControlCharacters(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.chars().filter(c -> c > 0x1F && c != 0x7F).forEach(c -> out.append((char) c));
        return out.toString();
    }
}
