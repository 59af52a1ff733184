package io.outloud.common.text;

import io.outloud.common.OutloudException;

import java.util.List;

/**
 * The one way in for text a person writes (replies, feedback, topics, offers, asks, names, curiosities, labels,
 * open-to, department names). Every field passes here before it is checked for length or stored:
 * <ul>
 * <li>a lone surrogate (a JSON escape of one half of a surrogate pair, U+D800 to U+DFFF) is refused: it cannot be stored as UTF-8;</li>
 * <li>NUL and the other C0 and C1 controls are removed, except tab and line feed; CR LF, a lone CR and the
 *     Unicode line and paragraph separators become a line feed (PostgreSQL refuses NUL where H2 stores it);</li>
 * <li>bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are removed: they carry a direction
 *     state that reorders the text shown around them ("Trojan Source"). The marks U+200E, U+200F and U+061C stay:
 *     they have no scope, only place neighbouring punctuation, and right-to-left writers need them;</li>
 * <li>a {@link Shape#LINE} folds every run of whitespace (line breaks and tabs too) into one space;</li>
 * <li>the ends are trimmed of whitespace, and text made only of invisible characters (whitespace, zero-width
 *     characters, format characters, fillers) counts as blank.</li>
 * </ul>
 * Lengths are counted in code points, so an emoji is one character; combining marks and right-to-left scripts are
 * kept as written. Zero-width joiners inside text stay (emoji sequences and Persian spelling need them).
 */
public final class WrittenText {
    /** Whether the field is one line (names, topics, labels, departments) or may have several (replies, asks). */
    public enum Shape { LINE, LINES }

    static final String UNREADABLE = "outloud.common.error.text-unreadable";

    private WrittenText() {
    }

    /**
     * The text cleaned, checked and not blank: refused with {@code missingKey} when nothing visible is left, with
     * {@code tooLongKey} (argument: the limit) when longer than {@code maxCodePoints}.
     */
    public static String required(String text, Shape shape, int maxCodePoints, String missingKey, String tooLongKey) {
        String clean = clean(text, shape);
        if (isBlank(clean)) {
            throw OutloudException.invalid(missingKey);
        }
        return withinLimit(clean, maxCodePoints, tooLongKey);
    }

    /** The text cleaned and checked, where saying nothing is allowed: blank (or null) becomes "". */
    public static String optional(String text, Shape shape, int maxCodePoints, String tooLongKey) {
        String clean = clean(text, shape);
        return isBlank(clean) ? "" : withinLimit(clean, maxCodePoints, tooLongKey);
    }

    /** The text with controls and bidi overrides removed, line breaks made one kind (or folded), ends trimmed. */
    public static String clean(String text, Shape shape) {
        if (text == null) {
            return "";
        }
        String kept = removeControls(text);
        return (shape == Shape.LINE ? foldWhitespace(kept) : kept).strip();
    }

    /**
     * The lines of a text that holds one item per line (a list of departments), controls removed first, so that a NEL
     * or a form feed starts no line of its own; each line is still to be cleaned as a {@link Shape#LINE}.
     */
    public static List<String> lines(String text) {
        return text == null ? List.of() : List.of(removeControls(text).split("\n", -1));
    }

    private static String removeControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                throw OutloudException.invalid(UNREADABLE);
            } else if (c == '\r') {
                out.append('\n');
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (!removed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text has nothing a reader could see. */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(WrittenText::invisible);
    }

    /** The length as the limits count it: code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String withinLimit(String clean, int maxCodePoints, String tooLongKey) {
        if (length(clean) > maxCodePoints) {
            throw OutloudException.invalid(tooLongKey, maxCodePoints);
        }
        return clean;
    }

    private static boolean removed(char c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static String foldWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /** Characters that show nothing on their own. Arabic and Syriac number signs are format characters, yet visible. */
    static boolean invisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return !((cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F || cp == 0x0890 || cp == 0x0891
                    || cp == 0x08E2 || cp == 0x110BD || cp == 0x110CD);
        }
        return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800
                || (cp >= 0x180B && cp <= 0x180F) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
