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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who saw a working-out-loud block. A view is recorded for signed-in people who may view the page, never for the
 * block's author, once a day at most. Everyone sees the count ("a few" below the site's minimum group size);
 * only the author may ask for names, gets them only where the site allows it and the group is large enough, and
 * never the names of people who chose not to be named (they are still counted).
 */
public class SeenService {
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
        String userKey = viewer.requireUserKey();
        access.requireViewable(pageId, macroId);
        Block block = blocks.find(pageId, macroId).orElseThrow(OutloudException::notFound);
        boolean recorded = false;
        if (!block.authorKey().equals(userKey)) {
            String department = people.cards(List.of(userKey)).getOrDefault(userKey, Person.unknown(userKey))
                    .departmentIfKnown().orElse(null);
            Instant now = clock.instant();
            recorded = store.record(pageId, macroId, userKey, department, LocalDate.ofInstant(now, ZoneOffset.UTC), now);
        }
        return new Recorded(recorded, summary(pageId, macroId, settings.site()));
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
