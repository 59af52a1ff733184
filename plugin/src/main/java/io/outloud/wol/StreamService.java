package io.outloud.wol;

import io.outloud.common.OutloudException;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recent working-out-loud blocks across the site or a space, newest first, one keyset page at a time.
 *
 * <p>Space, label, community, author and status are filtered in the database query. The author's department is
 * read from the person directory (so it is always the current one) for each batch of candidates at once. A block
 * is shown only if the viewer may view its page ({@link PageAccess#viewablePage}, asked once per distinct page)
 * and the page still holds it. Hidden blocks leave no trace: there are no totals, and candidates are fetched in
 * batches until the page is full (plus one, to know whether there is more), so a page looks the same as on a
 * site where the hidden blocks do not exist. The work per request is bounded: at most {@link #MAX_CANDIDATES}
 * candidates are examined; when that bound stops the search, the page says "more" and continues from there.
 */
public class StreamService {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    /** The filter word (macro parameter and REST) for "only what I follow". */
    public static final String FOLLOWING = "following";
    static final int MAX_CANDIDATES = 200;
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9~_.-]{1,255}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");
    private static final int MAX_TEXT = 255;

    private final StreamStore store;
    private final PageAccess pages;
    private final PersonDirectory people;
    private final FollowedByViewer following;

    public StreamService(StreamStore store, PageAccess pages, PersonDirectory people, FollowedByViewer following) {
        this.store = Objects.requireNonNull(store);
        this.pages = Objects.requireNonNull(pages);
        this.people = Objects.requireNonNull(people);
        this.following = Objects.requireNonNull(following);
    }

    /** True for "following", false for blank; any other filter word is refused. */
    public static boolean following(String filter) {
        String word = blankToNull(filter);
        if (word == null) {
            return false;
        }
        if (!FOLLOWING.equalsIgnoreCase(word)) {
            throw OutloudException.invalid("outloud.wol.stream.error.filter", FOLLOWING);
        }
        return true;
    }

    /** Validates the request (a refusal is {@link OutloudException} with INVALID_INPUT) and loads its page. */
    public StreamPage page(StreamRequest request) {
        int limit = request.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw OutloudException.invalid("outloud.wol.stream.error.limit", 1, MAX_LIMIT);
        }
        String space = blankToNull(request.space());
        if (space != null && !SPACE_KEY.matcher(space).matches()) {
            throw OutloudException.invalid("outloud.wol.stream.error.space");
        }
        String label = key(request.label());
        String community = key(request.community());
        BlockStatus status = null;
        if (blankToNull(request.status()) != null) {
            status = BlockStatus.fromCode(request.status()).orElseThrow(() -> OutloudException.invalid("outloud.wol.stream.error.status",
                    Arrays.stream(BlockStatus.values()).map(BlockStatus::code).collect(Collectors.joining(", "))));
        }
        String department = text(request.department());
        String person = text(request.person());
        StreamCursor before = StreamCursor.parse(request.before());
        Followed followed = null;
        if (request.following()) {
            if (label != null || community != null || person != null) {
                throw OutloudException.invalid("outloud.wol.stream.error.following");
            }
            followed = following.followed(); // one read of the reader's follows per page, whatever the items
            if (followed.isEmpty()) {
                return new StreamPage(List.of(), null); // follows nothing (or anonymous): nothing to look for
            }
        }
        String authorKey = null;
        if (person != null) {
            Optional<String> key = people.userKeyOf(person);
            if (key.isEmpty()) {
                return new StreamPage(List.of(), null); // nobody by that name wrote anything
            }
            authorKey = key.get();
        }
        return load(new StreamFilter(space, label, community, authorKey, status, followed), department, before, limit);
    }

    private StreamPage load(StreamFilter filter, String department, StreamCursor before, int limit) {
        int batch = Math.min(2 * limit + 1, MAX_LIMIT * 2 + 1);
        Map<Long, Optional<PageRef>> viewable = new HashMap<>();
        Map<Long, Map<String, String>> workingOn = new HashMap<>();
        Map<String, Person> authors = new HashMap<>();
        List<Block> shown = new ArrayList<>();
        StreamCursor cursor = before;
        int examined = 0;
        boolean exhausted = false;
        search:
        while (true) {
            int ask = Math.min(batch, MAX_CANDIDATES - examined);
            StreamBatch found = store.recent(filter, cursor, ask);
            List<Block> candidates = found.blocks();
            if (department != null) {
                Set<String> keys = candidates.stream().map(Block::authorKey).filter(k -> !authors.containsKey(k)).collect(Collectors.toSet());
                if (!keys.isEmpty()) {
                    authors.putAll(people.cards(keys));
                }
            }
            for (Block candidate : candidates) {
                if (department != null && !department.equalsIgnoreCase(authors.get(candidate.authorKey()).departmentIfKnown().orElse(""))) {
                    continue;
                }
                Optional<PageRef> page = viewable.computeIfAbsent(candidate.pageId(), pages::viewablePage);
                if (page.isEmpty() || !pages.macros().isOn(StorageBlocks.MACRO_NAME, page.get().spaceKey())) {
                    continue; // not for this reader, or its space switched blocks off: it leaves streams until switched on
                }
                Map<String, String> lines = workingOn.computeIfAbsent(candidate.pageId(), id -> StorageBlocks.workingOn(page.get().storageBody()));
                if (!lines.containsKey(candidate.macroId())) {
                    continue; // no longer on its page
                }
                shown.add(candidate);
                if (shown.size() > limit) {
                    break search;
                }
            }
            examined += found.scanned();
            cursor = found.scannedTo() == null ? cursor : found.scannedTo();
            if (found.scanned() < ask) {
                exhausted = true;
                break;
            }
            if (examined >= MAX_CANDIDATES) {
                break;
            }
        }
        StreamCursor next;
        if (shown.size() > limit) {
            shown = shown.subList(0, limit);
            next = StreamCursor.of(shown.get(limit - 1));
        } else {
            next = exhausted ? null : cursor;
        }
        Set<String> missing = shown.stream().map(Block::authorKey).filter(k -> !authors.containsKey(k)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            authors.putAll(people.cards(missing));
        }
        List<StreamItem> items = new ArrayList<>();
        for (Block block : shown) {
            PageRef page = viewable.get(block.pageId()).orElseThrow();
            items.add(new StreamItem(block, authors.getOrDefault(block.authorKey(), Person.unknown(block.authorKey())), page.title(),
                    workingOn.get(block.pageId()).getOrDefault(block.macroId(), ""), StreamItem.pathOf(block)));
        }
        return new StreamPage(items, next);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String text(String value) {
        String text = blankToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw OutloudException.invalid("outloud.wol.stream.error.too-long", MAX_TEXT);
        }
        return text;
    }

    private static String key(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!KEY.matcher(lower).matches()) {
            throw OutloudException.invalid("outloud.wol.stream.error.key", text.length() > 50 ? text.substring(0, 50) : text);
        }
        return lower;
    }
}
