package io.outloud.wol;

import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern PARAMETERS_END = Pattern.compile("<ac:(?:rich-text-body|plain-text-body)\\b|</ac:structured-macro>|<ac:structured-macro\\b");

    private StorageBlocks() {
    }

    public static List<BlockOccurrence> find(String storage) {
        List<BlockOccurrence> blocks = new ArrayList<>();
        if (storage == null) {
            return blocks;
        }
        Matcher tags = START_TAG.matcher(storage);
        while (tags.find()) {
            String attributes = tags.group(1);
            Matcher name = NAME.matcher(attributes);
            Matcher id = MACRO_ID.matcher(attributes);
            if (name.find() && MACRO_NAME.equals(name.group(1)) && id.find()) {
                blocks.add(new BlockOccurrence(id.group(1), status(storage, tags.end())));
            }
        }
        return blocks;
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
