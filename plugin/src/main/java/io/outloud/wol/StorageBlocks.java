package io.outloud.wol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the working-out-loud blocks in a page's storage format, without a full XHTML parse: a block is an
 * {@code ac:structured-macro} start tag named working-out-loud with an {@code ac:macro-id}; its status is the
 * {@code status} parameter, which storage format writes before the macro's body.
 */
public final class StorageBlocks {
    public static final String MACRO_NAME = "working-out-loud";

    // [^<>]: a start tag never spans the next tag, so each scan stops there and the whole search stays linear
    // (with [^>]*, every unclosed "<ac:structured-macro" scanned to the end of the page: quadratic).
    private static final Pattern START_TAG = Pattern.compile("<ac:structured-macro\\b([^<>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bac:name\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern MACRO_ID = Pattern.compile("\\bac:macro-id\\s*=\\s*\"([A-Za-z0-9-]{1,64})\"");
    // The value is trimmed by BlockStatus.fromCode: a lazy group followed by \s* backtracked quadratically over a
    // long unclosed value.
    private static final Pattern STATUS = Pattern.compile(
            "<ac:parameter\\s+ac:name\\s*=\\s*\"status\"\\s*>([^<]*)</ac:parameter>");
    private static final Pattern PARAMETER = Pattern.compile(
            "<ac:parameter\\s+ac:name\\s*=\\s*\"([A-Za-z-]{1,32})\"\\s*>([^<]*)</ac:parameter>");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");
    private static final Pattern REQUEST_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    private static final int MAX_LABELS = 10;
    private static final int MAX_WORKING_ON = 200;
    private static final Pattern PARAMETERS_END = Pattern.compile("<ac:(?:rich-text-body|plain-text-body)\\b|</ac:structured-macro>|<ac:structured-macro\\b");

    private StorageBlocks() {
    }

    public static List<BlockOccurrence> find(String storage) {
        List<BlockOccurrence> blocks = new ArrayList<>();
        eachBlock(storage, (macroId, at) -> {
            Map<String, String> parameters = parameters(storage, at);
            blocks.add(new BlockOccurrence(macroId, status(storage, at), key(parameters.getOrDefault("community", "")),
                    labels(parameters.getOrDefault("labels", ""))));
        });
        return blocks;
    }

    /** The macro ids of the blocks that ask for help: status stuck, or a help-wanted parameter that is not blank. */
    public static Set<String> helpWanted(String storage) {
        Set<String> ids = new HashSet<>();
        eachBlock(storage, (macroId, at) -> {
            if (status(storage, at) == BlockStatus.STUCK || !parameters(storage, at).getOrDefault("help-wanted", "").isBlank()) {
                ids.add(macroId);
            }
        });
        return ids;
    }

    /** The "working-on" line of each block, by macro id: one line, unescaped, at most 200 characters. */
    public static Map<String, String> workingOn(String storage) {
        Map<String, String> lines = new HashMap<>();
        eachBlock(storage, (macroId, at) ->
                lines.putIfAbsent(macroId, oneLine(parameters(storage, at).getOrDefault("working-on", ""), MAX_WORKING_ON)));
        return lines;
    }

    /**
     * The request to share that each block answers, by macro id: its {@code answers} parameter, a request number
     * (anything else names no request).
     */
    public static Map<String, Long> answers(String storage) {
        Map<String, Long> answers = new HashMap<>();
        eachBlock(storage, (macroId, at) -> requestNumber(parameters(storage, at).getOrDefault("answers", ""))
                .ifPresent(number -> answers.putIfAbsent(macroId, number)));
        return answers;
    }

    /** Calls {@code block} with the macro id of each working-out-loud macro that has one, and where its start tag ends. */
    private static void eachBlock(String storage, BiConsumer<String, Integer> block) {
        if (storage == null) {
            return;
        }
        Matcher tags = START_TAG.matcher(storage);
        while (tags.find()) {
            String attributes = tags.group(1);
            Matcher name = NAME.matcher(attributes);
            Matcher id = MACRO_ID.matcher(attributes);
            if (name.find() && MACRO_NAME.equals(name.group(1)) && id.find()) {
                block.accept(id.group(1), tags.end());
            }
        }
    }

    /** A request number as the block's {@code answers} parameter holds it: 1 to 9 digits, "#12" allowed. */
    public static Optional<Long> requestNumber(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.startsWith("#")) {
            trimmed = trimmed.substring(1);
        }
        return REQUEST_NUMBER.matcher(trimmed).matches() ? Optional.of(Long.parseLong(trimmed)) : Optional.empty();
    }

    /** The plain parameters written before the macro's body, unescaped (storage format is XML). */
    private static Map<String, String> parameters(String storage, int from) {
        Matcher end = PARAMETERS_END.matcher(storage);
        int until = end.find(from) ? end.start() : storage.length();
        Matcher parameter = PARAMETER.matcher(storage).region(from, until);
        Map<String, String> values = new HashMap<>();
        while (parameter.find()) {
            values.putIfAbsent(parameter.group(1), unescape(parameter.group(2)));
        }
        return values;
    }

    /** Only what could be a key (lower case letters, digits, - and _), else nothing, as the macro reads it. */
    private static String key(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        return KEY.matcher(lower).matches() ? lower : "";
    }

    private static List<String> labels(String value) {
        return Arrays.stream(value.split("[,\\s]+")).map(StorageBlocks::key).filter(k -> !k.isEmpty())
                .distinct().limit(MAX_LABELS).toList();
    }

    private static String oneLine(String value, int max) {
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

    private static BlockStatus status(String storage, int from) {
        Matcher end = PARAMETERS_END.matcher(storage);
        int until = end.find(from) ? end.start() : storage.length();
        Matcher status = STATUS.matcher(storage).region(from, until);
        if (status.find()) {
            return BlockStatus.fromCode(status.group(1)).orElse(BlockStatus.IN_PROGRESS);
        }
        return BlockStatus.IN_PROGRESS;
    }
}
