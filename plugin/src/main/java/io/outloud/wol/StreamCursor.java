package io.outloud.wol;

import io.outloud.common.OutloudException;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of a stream ends: the creation time and id of its last block. Streams run newest first (createdAt
 * desc, id desc), so the next page holds the blocks strictly before this point (keyset pagination: no repeats or
 * skips when blocks are added meanwhile). Written as "millis-id".
 */
public record StreamCursor(long createdAtMillis, long id) {
    private static final Pattern TEXT = Pattern.compile("(\\d{1,18})-(\\d{1,18})");

    public static StreamCursor of(Block block) {
        return new StreamCursor(block.createdAt().toEpochMilli(), block.id());
    }

    /** Null for a blank text (the first page); a malformed one is refused as invalid input. */
    public static StreamCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw OutloudException.invalid("outloud.wol.stream.error.cursor");
        }
        return new StreamCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAtMillis);
    }

    @Override
    public String toString() {
        return createdAtMillis + "-" + id;
    }
}
