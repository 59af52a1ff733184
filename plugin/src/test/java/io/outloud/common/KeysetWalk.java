package io.outloud.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Walks every page of a keyset-paged store query, as a client following "show more" does. */
public final class KeysetWalk {
    private KeysetWalk() {
    }

    /** Everything the pages hold, in order; a page shorter than {@code limit} is the last. */
    public static <T> List<T> all(BiFunction<Keyset, Integer, List<T>> page, Function<T, Keyset> position, int limit) {
        List<T> walked = new ArrayList<>();
        Keyset after = null;
        for (int pages = 0; pages < 10_000; pages++) {
            List<T> found = page.apply(after, limit);
            if (found.size() > limit) {
                throw new AssertionError("a page of " + limit + " held " + found.size());
            }
            walked.addAll(found);
            if (found.size() < limit) {
                return walked;
            }
            after = position.apply(found.get(found.size() - 1));
        }
        throw new AssertionError("the pages never end");
    }
}
