package io.outloud.wol;

import io.outloud.content.MacroAccess;
import io.outloud.common.Failure;
import io.outloud.common.Keyset;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.content.PageAccess;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who saw a working-out-loud block. A view is recorded for signed-in people who may view the page, never for the
 * block's author, once a day at most. Everyone sees the count ("a few" below the site's minimum group size);
 * only the author may ask for names, gets them only where the site allows it and the group is large enough, and
 * never the names of people who chose not to be named (they are still counted).
 */
public class SeenService {
    /** Blocks one call may record: more than a page shows at once in any real layout. */
    public static final int MAX_BLOCKS_AT_ONCE = 50;

    private final SeenStore store;
    private final BlockStore blocks;
    private final MacroAccess access;
    private final Viewer viewer;
    private final PersonDirectory people;
    private final SettingsService settings;
    private final Clock clock;

    public SeenService(SeenStore store, BlockStore blocks, PageAccess pages, Viewer viewer, PersonDirectory people,
                       SettingsService settings, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.blocks = Objects.requireNonNull(blocks);
        this.access = new MacroAccess(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.people = Objects.requireNonNull(people);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What the caller saw, and whether it was recorded now (false for the author and for a second view that day). */
    public record Recorded(boolean recorded, SeenSummary summary) {
    }

    /**
     * Who the author may see: names only when shown at all, a page at a time ({@code next} empty on the last page);
     * the summary as everyone sees it. A page may hold fewer names than asked: people who chose not to be named
     * are left out after the page was read, so the cursor never depends on them.
     */
    public record Names(SeenSummary summary, boolean namesShown, List<Person> names, Optional<Keyset> next) {
    }

    public Recorded record(long pageId, String macroId) {
        return recordAll(pageId, List.of(macroId)).get(macroId);
    }

    /**
     * Records the caller's view of several blocks of one page at once (the block script sends the blocks that came
     * into view together in one call): one permission check, one read of the page's blocks and of the viewer's
     * department, one count, whatever the number of blocks. Answers by macro id, in the order asked.
     */
    public Map<String, Recorded> recordAll(long pageId, List<String> macroIds) {
        String userKey = viewer.requireUserKey();
        List<String> asked = macroIds.stream().distinct().toList();
        if (asked.size() > MAX_BLOCKS_AT_ONCE) {
            throw OutloudException.invalid("outloud.wol.seen.error.too-many", MAX_BLOCKS_AT_ONCE);
        }
        if (asked.isEmpty()) {
            return Map.of();
        }
        access.requireViewable(pageId, asked);
        Map<String, Block> onPage = blocks.findByPage(pageId).stream()
                .collect(Collectors.toMap(Block::macroId, block -> block, (first, second) -> first));
        if (!onPage.keySet().containsAll(asked)) {
            throw OutloudException.notFound();
        }
        Set<String> recorded = new HashSet<>();
        if (asked.stream().anyMatch(macroId -> !onPage.get(macroId).authorKey().equals(userKey))) {
            String department = people.cards(List.of(userKey)).getOrDefault(userKey, Person.unknown(userKey))
                    .departmentIfKnown().orElse(null);
            Instant now = clock.instant();
            for (String macroId : asked) {
                if (!onPage.get(macroId).authorKey().equals(userKey)
                        && store.record(pageId, macroId, userKey, department, LocalDate.ofInstant(now, ZoneOffset.UTC), now)) {
                    recorded.add(macroId);
                }
            }
        }
        Map<String, SeenCount> counts = store.countsForPage(pageId);
        int minGroupSize = settings.site().minGroupSize();
        Map<String, Recorded> answers = new LinkedHashMap<>();
        for (String macroId : asked) {
            SeenSummary summary = SeenSummary.of(counts.getOrDefault(macroId, SeenCount.NONE), minGroupSize);
            answers.put(macroId, new Recorded(recorded.contains(macroId), summary));
        }
        return answers;
    }

    public Names names(long pageId, String macroId, PageRequest request) {
        String userKey = viewer.requireUserKey();
        access.requireViewable(pageId, macroId);
        Block block = blocks.find(pageId, macroId).orElseThrow(OutloudException::notFound);
        if (!block.authorKey().equals(userKey)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.wol.seen.error.author-only");
        }
        SiteSettings site = settings.site();
        SeenSummary summary = summary(pageId, macroId, site);
        if (!site.namesToAuthors() || summary.none() || summary.fewViewers()) {
            return new Names(summary, false, List.of(), Optional.empty());
        }
        Set<String> hidden = settings.hiddenFromSeenBy();
        Page<SeenViewer> page = Page.of(store.viewers(pageId, macroId, request.after(), request.fetch()), request, SeenViewer::position);
        List<String> keys = page.items().stream().map(SeenViewer::userKey).filter(key -> !hidden.contains(key)).toList();
        Map<String, Person> found = people.people(keys);
        List<Person> named = keys.stream().map(found::get).filter(p -> p != null && p.isKnown()).toList();
        return new Names(summary, true, named, page.next());
    }

    private SeenSummary summary(long pageId, String macroId, SiteSettings site) {
        return SeenSummary.of(store.count(pageId, macroId), site.minGroupSize());
    }
}
