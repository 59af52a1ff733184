package io.outloud.wol.macro;

import io.outloud.wol.BlockStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The block macro's parameters, typed and bounded. An unknown status is reported, never guessed; texts are
 * single lines cut to a length that fits a card; labels and the community key keep only what could be a key.
 */
record BlockParameters(BlockStatus status, String workingOn, String learned, String helpWanted, String community, List<String> labels) {
    static final int MAX_WORKING_ON = 200;
    static final int MAX_NOTE = 500;
    static final int MAX_LABELS = 10;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");
    // Compiled once: each of a page's blocks parses its parameters on every view.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LABEL_SEPARATORS = Pattern.compile("[,\\s]+");

    static Optional<BlockParameters> parse(Map<String, String> parameters) {
        String statusCode = parameters.getOrDefault("status", "");
        Optional<BlockStatus> status = statusCode.isBlank() ? Optional.of(BlockStatus.IN_PROGRESS) : BlockStatus.fromCode(statusCode);
        String workingOn = oneLine(parameters.getOrDefault("working-on", ""), MAX_WORKING_ON);
        String learned = oneLine(parameters.getOrDefault("learned", ""), MAX_NOTE);
        String helpWanted = oneLine(parameters.getOrDefault("help-wanted", ""), MAX_NOTE);
        String community = key(parameters.getOrDefault("community", ""));
        List<String> labels = Arrays.stream(LABEL_SEPARATORS.split(parameters.getOrDefault("labels", "")))
                .map(BlockParameters::key).filter(k -> !k.isEmpty()).distinct().limit(MAX_LABELS).toList();
        return status.map(s -> new BlockParameters(s, workingOn, learned, helpWanted, community, labels));
    }

    /** Only what could be a key (lower case letters, digits, - and _), else nothing: never markup. */
    private static String key(String value) {
        String lower = value.trim().toLowerCase(java.util.Locale.ROOT);
        return KEY.matcher(lower).matches() ? lower : "";
    }

    /** One line, at most {@code max} characters: parameters are headlines and notes, not bodies. */
    private static String oneLine(String value, int max) {
        String line = WHITESPACE.matcher(value).replaceAll(" ").trim();
        if (line.length() <= max) {
            return line;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--; // never cut an emoji (a surrogate pair) in half
        }
        return line.substring(0, end) + "…";
    }
}
