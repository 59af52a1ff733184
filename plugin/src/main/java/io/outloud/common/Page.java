package io.outloud.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list, and where the next one starts (empty on the last page). */
public record Page<T>(List<T> items, Optional<Keyset> next) {
    public Page {
        items = List.copyOf(items);
    }

    /** From what a store answered to {@link PageRequest#fetch()} items: the extra one is not shown, it only says more follow. */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Keyset> position) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> shown = fetched.subList(0, request.limit());
        return new Page<>(shown, Optional.of(position.apply(shown.get(shown.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), next);
    }

    /** The next page's cursor as a request parameter, or null on the last page. */
    public String nextCursor() {
        return next.map(Keyset::toString).orElse(null);
    }
}
