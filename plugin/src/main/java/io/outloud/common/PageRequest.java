package io.outloud.common;

/**
 * Which page of a list a request reads: after a {@link Keyset} (null for the first page), at most {@code limit} items.
 * A limit out of range is brought into it (at most {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent), as the
 * replies and the notification list do, so no request reads a whole list.
 */
public record PageRequest(Keyset after, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    public PageRequest {
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    /** From a request's {@code cursor} and {@code limit} parameters. */
    public static PageRequest of(String cursor, int limit) {
        return new PageRequest(Keyset.parse(cursor), limit);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }

    /** What a store reads: one item more than the page, which only says that another page follows. */
    public int fetch() {
        return limit + 1;
    }
}
