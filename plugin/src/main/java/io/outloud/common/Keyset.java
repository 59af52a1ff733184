package io.outloud.common;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of a list ends: the creation time and id of its last item. Lists are ordered by both, so the next page
 * holds the items strictly past this point (keyset paging: no repeats or skips when items are added meanwhile, and
 * the database walks an index instead of counting an offset). Written as "millis-id", as the stream's cursor is.
 */
public record Keyset(long createdAtMillis, long id) {
    private static final Pattern TEXT = Pattern.compile("(\\d{1,18})-(\\d{1,18})");

    public static Keyset of(Instant createdAt, long id) {
        return new Keyset(createdAt.toEpochMilli(), id);
    }

    /** Null for a blank text (the first page); a malformed one is refused as invalid input. */
    public static Keyset parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            throw OutloudException.invalid("outloud.common.error.cursor");
        }
        return new Keyset(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    @Override
    public String toString() {
        return createdAtMillis + "-" + id;
    }
}
