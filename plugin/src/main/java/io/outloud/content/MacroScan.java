package io.outloud.content;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the occurrences of one of the app's macros in a page's storage format, without a full XHTML parse: an
 * {@code ac:structured-macro} start tag with the macro's name and an {@code ac:macro-id}, whose plain parameters
 * storage format writes before the macro's body. Every feature that keeps data per macro occurrence reads pages
 * through this one scanner.
 */
public final class MacroScan {
    // [^<>]: a start tag never spans the next tag, so each scan stops there and the whole search stays linear
    // (with [^>]*, every unclosed "<ac:structured-macro" scanned to the end of the page: quadratic).
    private static final Pattern START_TAG = Pattern.compile("<ac:structured-macro\\b([^<>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bac:name\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern MACRO_ID = Pattern.compile("\\bac:macro-id\\s*=\\s*\"([A-Za-z0-9-]{1,64})\"");
    private static final Pattern PARAMETER = Pattern.compile(
            "<ac:parameter\\s+ac:name\\s*=\\s*\"([A-Za-z-]{1,32})\"\\s*>([^<]*)</ac:parameter>");
    private static final Pattern PARAMETERS_END = Pattern.compile("<ac:(?:rich-text-body|plain-text-body)\\b|</ac:structured-macro>|<ac:structured-macro\\b");

    private MacroScan() {
    }

    /** Calls {@code occurrence} with the macro id of each macro of this name that has one, and where its start tag ends. */
    public static void each(String storage, String macroName, BiConsumer<String, Integer> occurrence) {
        if (storage == null) {
            return;
        }
        Matcher tags = START_TAG.matcher(storage);
        while (tags.find()) {
            String attributes = tags.group(1);
            Matcher name = NAME.matcher(attributes);
            Matcher id = MACRO_ID.matcher(attributes);
            if (name.find() && macroName.equals(name.group(1)) && id.find()) {
                occurrence.accept(id.group(1), tags.end());
            }
        }
    }

    /** Each occurrence's plain parameters, unescaped (the first occurrence of a macro id wins). */
    public static Map<String, Map<String, String>> parametersById(String storage, String macroName) {
        Map<String, Map<String, String>> found = new java.util.LinkedHashMap<>();
        each(storage, macroName, (macroId, at) -> found.putIfAbsent(macroId, parameters(storage, at)));
        return found;
    }

    /** The plain parameters written after a start tag that ends at {@code from}, before the macro's body, unescaped. */
    public static Map<String, String> parameters(String storage, int from) {
        Matcher end = PARAMETERS_END.matcher(storage);
        int until = end.find(from) ? end.start() : storage.length();
        Matcher parameter = PARAMETER.matcher(storage).region(from, until);
        Map<String, String> values = new HashMap<>();
        while (parameter.find()) {
            values.putIfAbsent(parameter.group(1), unescape(parameter.group(2)));
        }
        return values;
    }

    /** One line of at most {@code max} characters, an ellipsis where it was cut (never inside a surrogate pair). */
    public static String oneLine(String value, int max) {
        String line = value.replaceAll("\\s+", " ").trim();
        if (line.length() <= max) {
            return line;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "\u2026";
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
