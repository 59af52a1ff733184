package io.outloud.common.text;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus every field a person writes is tried with: through the normaliser alone, and through each field's
 * service and store on H2 and PostgreSQL (where NUL used to answer 500).
 */
public final class HostileTexts {
    /** A text that is kept, and what is kept of it in a field of several lines and in a one-line field. */
    public record Kept(String id, String text, String asLines, String asLine) {
    }

    public static final List<Kept> KEPT = List.of(
            new Kept("NUL inside", "Ex\u0000port", "Export", "Export"),
            new Kept("C0 controls and an escape sequence", "Bell\u0007 \u001B[31mred\u007F", "Bell [31mred", "Bell [31mred"),
            new Kept("C1 controls", "next\u0085line\u009Bcsi", "nextlinecsi", "nextlinecsi"),
            new Kept("right-to-left override", "\u202Egnp.exe", "gnp.exe", "gnp.exe"),
            new Kept("embeddings and isolates", "a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i", "abcdefghi", "abcdefghi"),
            new Kept("CR LF and a lone CR", "one\r\ntwo\rthree", "one\ntwo\nthree", "one two three"),
            new Kept("line and paragraph separators", "uno\u2028dos\u2029tres", "uno\ndos\ntres", "uno dos tres"),
            new Kept("tab", "a\tb", "a\tb", "a b"),
            new Kept("surrounding whitespace", "  \n padded \t ", "padded", "padded"),
            new Kept("emoji and astral characters", "\uD83D\uDC69\u200D\uD83D\uDCBB ships \uD83C\uDF89\uD834\uDD1E", "\uD83D\uDC69\u200D\uD83D\uDCBB ships \uD83C\uDF89\uD834\uDD1E",
                    "\uD83D\uDC69\u200D\uD83D\uDCBB ships \uD83C\uDF89\uD834\uDD1E"),
            new Kept("combining marks", "Cafe\u0301 nai\u0308ve", "Cafe\u0301 nai\u0308ve", "Cafe\u0301 nai\u0308ve"),
            new Kept("Arabic", "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645", "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
                    "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"),
            new Kept("Hebrew with a right-to-left mark", "\u05E9\u05DC\u05D5\u05DD 2026\u200F!", "\u05E9\u05DC\u05D5\u05DD 2026\u200F!", "\u05E9\u05DC\u05D5\u05DD 2026\u200F!"),
            new Kept("a zero-width space inside visible text", "zero\u200Bwidth", "zero\u200Bwidth", "zero\u200Bwidth"));

    /** Texts with nothing visible once controls and bidi overrides are gone. */
    public static final List<String> BLANK = List.of("", "   ", "\u0000", "\u0000\u0001\u001F\u007F\u0085", "\u200B\u200C\u200D",
            "\u2060\uFEFF\u180E\u00AD", "\u202E\u2066", "\u00A0\u3000\u2007\u202F", "\u3164\u2800\u115F", "\n\t\r\n", "\u200E\u200F",
            "\uFE0F\u034F");

    /** Lone halves of a surrogate pair, as a JSON escape of U+D800 to U+DFFF delivers them. */
    public static final List<String> LONE_SURROGATES = List.of("\uD800", "a\uDC00b", "ends high \uD83D", "\uDE00\uD83D reversed");

    private HostileTexts() {
    }

    /**
     * Sends every text of the corpus through {@code save} (which stores it and answers what was read back) and checks:
     * kept texts read back cleaned; blank texts refused with {@code missingKey}, or stored as "" when the field may be
     * empty ({@code missingKey} null); lone surrogates refused. Collects every difference, then fails with all of them.
     */
    public static void assertEveryCase(String field, WrittenText.Shape shape, String missingKey, Function<String, String> save) {
        List<String> failures = new ArrayList<>();
        for (Kept kept : KEPT) {
            String expected = shape == WrittenText.Shape.LINE ? kept.asLine() : kept.asLines();
            try {
                String stored = save.apply(kept.text());
                if (!expected.equals(stored)) {
                    failures.add(kept.id() + ": stored " + escaped(stored) + ", expected " + escaped(expected));
                }
            } catch (RuntimeException e) {
                failures.add(kept.id() + ": " + e);
            }
        }
        for (String blank : BLANK) {
            try {
                String stored = save.apply(blank);
                if (missingKey != null || !stored.isEmpty()) {
                    failures.add("blank " + escaped(blank) + ": stored " + escaped(stored));
                }
            } catch (OutloudException e) {
                if (missingKey == null || e.failure() != Failure.INVALID_INPUT || !e.messageKey().equals(missingKey)) {
                    failures.add("blank " + escaped(blank) + ": " + e);
                }
            } catch (RuntimeException e) {
                failures.add("blank " + escaped(blank) + ": " + e);
            }
        }
        for (String lone : LONE_SURROGATES) {
            try {
                failures.add("lone surrogate " + escaped(lone) + ": stored " + escaped(save.apply(lone)));
            } catch (OutloudException e) {
                if (e.failure() != Failure.INVALID_INPUT || !e.messageKey().equals(WrittenText.UNREADABLE)) {
                    failures.add("lone surrogate " + escaped(lone) + ": " + e);
                }
            } catch (RuntimeException e) {
                failures.add("lone surrogate " + escaped(lone) + ": " + e);
            }
        }
        assertTrue(failures.isEmpty(), field + ":\n" + String.join("\n", failures));
    }

    /** The text with everything outside printable ASCII written as \\uXXXX, so a failure shows what was there. */
    public static String escaped(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.append('"').toString();
    }
}
