package io.outloud.common;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/** Keyset paging as the stores' SQL does it (see {@code KeysetSql}), for the in-memory fakes of their ports. */
public final class InMemoryKeyset {
    private InMemoryKeyset() {
    }

    public static <T> List<T> page(Stream<T> items, Function<T, Instant> createdAt, ToLongFunction<T> id, Keyset after, boolean oldestFirst,
                                   int limit) {
        Comparator<T> order = Comparator.comparing(createdAt).thenComparingLong(id);
        Comparator<T> listed = oldestFirst ? order : order.reversed();
        return items
                .filter(item -> after == null || past(Keyset.of(createdAt.apply(item), id.applyAsLong(item)), after, oldestFirst))
                .sorted(listed).limit(limit).toList();
    }

    private static boolean past(Keyset item, Keyset after, boolean oldestFirst) {
        int compared = item.createdAtMillis() != after.createdAtMillis() ? Long.compare(item.createdAtMillis(), after.createdAtMillis())
                : Long.compare(item.id(), after.id());
        return oldestFirst ? compared > 0 : compared < 0;
    }
}
