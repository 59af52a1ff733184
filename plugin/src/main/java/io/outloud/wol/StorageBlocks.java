package io.outloud.wol;

import io.outloud.content.MacroScan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the working-out-loud blocks in a page's storage format, without a full XHTML parse: a block is an
 * {@code ac:structured-macro} start tag named working-out-loud with an {@code ac:macro-id}; its status is the
 * {@code status} parameter, which storage format writes before the macro's body.
 */
public final class StorageBlocks {
    public static final String MACRO_NAME = "working-out-loud";

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");
    private static final Pattern REQUEST_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    private static final int MAX_LABELS = 10;
    private static final int MAX_WORKING_ON = 200;

    private StorageBlocks() {
    }

    public static List<BlockOccurrence> find(String storage) {
        List<BlockOccurrence> blocks = new ArrayList<>();
        MacroScan.each(storage, MACRO_NAME, (macroId, at) -> {
            Map<String, String> parameters = MacroScan.parameters(storage, at);
            blocks.add(new BlockOccurrence(macroId, status(parameters), key(parameters.getOrDefault("community", "")),
                    labels(parameters.getOrDefault("labels", ""))));
        });
        return blocks;
    }

    /** The macro ids of the blocks that ask for help: status stuck, or a help-wanted parameter that is not blank. */
    public static Set<String> helpWanted(String storage) {
        Set<String> ids = new HashSet<>();
        MacroScan.each(storage, MACRO_NAME, (macroId, at) -> {
            if (status(MacroScan.parameters(storage, at)) == BlockStatus.STUCK || !MacroScan.parameters(storage, at).getOrDefault("help-wanted", "").isBlank()) {
                ids.add(macroId);
            }
        });
        return ids;
    }

    /** The "working-on" line of each block, by macro id: one line, unescaped, at most 200 characters. */
    public static Map<String, String> workingOn(String storage) {
        Map<String, String> lines = new HashMap<>();
        MacroScan.each(storage, MACRO_NAME, (macroId, at) ->
                lines.putIfAbsent(macroId, MacroScan.oneLine(MacroScan.parameters(storage, at).getOrDefault("working-on", ""), MAX_WORKING_ON)));
        return lines;
    }

    /**
     * The request to share that each block answers, by macro id: its {@code answers} parameter, a request number
     * (anything else names no request).
     */
    public static Map<String, Long> answers(String storage) {
        Map<String, Long> answers = new HashMap<>();
        MacroScan.each(storage, MACRO_NAME, (macroId, at) -> requestNumber(MacroScan.parameters(storage, at).getOrDefault("answers", ""))
                .ifPresent(number -> answers.putIfAbsent(macroId, number)));
        return answers;
    }

    /** A request number as the block's {@code answers} parameter holds it: 1 to 9 digits, "#12" allowed. */
    public static Optional<Long> requestNumber(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.startsWith("#")) {
            trimmed = trimmed.substring(1);
        }
        return REQUEST_NUMBER.matcher(trimmed).matches() ? Optional.of(Long.parseLong(trimmed)) : Optional.empty();
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

    private static BlockStatus status(Map<String, String> parameters) {
        String code = parameters.get("status");
        return code == null ? BlockStatus.IN_PROGRESS : BlockStatus.fromCode(code).orElse(BlockStatus.IN_PROGRESS);
    }
}
