package io.outloud.wol;

import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.FakeViewer;
import io.outloud.content.MacroIdentity;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.PageRequest;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.settings.SettingsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Clock;
import java.util.ArrayList;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeenServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String BLOCK = "5f1c3e2a-8d4b-4c7e-9a61-0b2d3c4e5f60";
    private static final String AUTHOR = "eva";

    private final InMemorySeenStore store = new InMemorySeenStore();
    private final InMemoryBlockStore blocks = new InMemoryBlockStore();
    private final FakePageAccess pages = new FakePageAccess().withPage(PAGE, BLOCK);
    private final FakeViewer viewer = FakeViewer.signedIn("alice");
    private final MapSettingsStore settingsStore = new MapSettingsStore();
    private final SettingsService settings = new SettingsService(settingsStore, "admin"::equals, viewer);
    private final Directory people = new Directory();
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final SeenService service = new SeenService(store, blocks, pages, viewer, people, settings, new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    SeenServiceTest() {
        blocks.create(new MacroIdentity(BLOCK, PAGE, "DEV"), AUTHOR, BlockStatus.IN_PROGRESS, NOW);
    }

    @Test
    void record_countsTheViewerOncePerDay_withTheirDepartment() {
        assertTrue(service.record(PAGE, BLOCK).recorded());
        assertFalse(service.record(PAGE, BLOCK).recorded(), "the same day again");
        now.set(NOW.plusSeconds(86_400));
        assertTrue(service.record(PAGE, BLOCK).recorded(), "the next day is a new view");

        assertEquals(2, store.views());
        assertEquals(new SeenCount(1, 1), store.count(PAGE, BLOCK), "still one colleague, in Engineering");
    }

    @Test
    void recordAll_recordsTheBlocksInViewTogether_inTheOrderAsked_neverTheViewersOwn() {
        pages.withPage(PAGE, BLOCK, "alices-block", "brunos-block");
        blocks.create(new MacroIdentity("alices-block", PAGE, "DEV"), "alice", BlockStatus.IN_PROGRESS, NOW);
        blocks.create(new MacroIdentity("brunos-block", PAGE, "DEV"), "bruno", BlockStatus.IN_PROGRESS, NOW);

        Map<String, SeenService.Recorded> answers = service.recordAll(PAGE, List.of("brunos-block", "alices-block", BLOCK, "brunos-block"));

        assertEquals(List.of("brunos-block", "alices-block", BLOCK), List.copyOf(answers.keySet()), "in the order asked, each once");
        assertEquals(List.of(true, false, true), answers.values().stream().map(SeenService.Recorded::recorded).toList());
        assertEquals(2, store.views());
        assertTrue(service.recordAll(PAGE, List.of(BLOCK, "brunos-block")).values().stream().noneMatch(SeenService.Recorded::recorded),
                "the same day again");
        assertEquals(Map.of(), service.recordAll(PAGE, List.of()));
    }

    @Test
    void recordAll_withOneBlockNotOnThePage_recordsNone_andRefusesMoreThanAPageHolds() {
        refused(Failure.NOT_FOUND, () -> service.recordAll(PAGE, List.of(BLOCK, "not-on-the-page")));
        pages.withPage(PAGE, BLOCK, "never-saved");
        refused(Failure.NOT_FOUND, () -> service.recordAll(PAGE, List.of(BLOCK, "never-saved"))); // on the page, not a block
        List<String> tooMany = java.util.stream.IntStream.rangeClosed(0, SeenService.MAX_BLOCKS_AT_ONCE).mapToObj(i -> "block-" + i).toList();
        refused(Failure.INVALID_INPUT, () -> service.recordAll(PAGE, tooMany));
        assertEquals(0, store.views());
    }

    @Test
    void record_byTheAuthor_isNeverRecorded() {
        viewer.become(AUTHOR);

        assertFalse(service.record(PAGE, BLOCK).recorded());

        assertEquals(0, store.views());
    }

    @Test
    void record_anonymously_isRefused() {
        viewer.become(null);
        refused(Failure.NOT_AUTHENTICATED, () -> service.record(PAGE, BLOCK));
        refused(Failure.NOT_AUTHENTICATED, () -> service.names(PAGE, BLOCK, PageRequest.first(50)));
        assertEquals(0, store.views());
    }

    @Test
    void record_onAPageTheViewerMayNotView_orABlockNotOnIt_isNotFound() {
        refused(Failure.NOT_FOUND, () -> service.record(99L, BLOCK));
        refused(Failure.NOT_FOUND, () -> service.record(PAGE, "not-on-the-page"));
        assertEquals(0, store.views());
    }

    @Test
    void countsBelowTheMinimumGroupSize_areAFew_forViewersAndDepartments() {
        seenBy(4, 4);
        SeenSummary few = service.record(PAGE, BLOCK).summary(); // alice: the fifth viewer, a fifth department
        assertFalse(few.fewViewers());
        assertEquals(5, few.shownViewers());
        assertEquals(5, few.shownDepartments());
        assertEquals("outloud.wol.seen.many", few.textKey());

        settings(true, 6);
        SeenSummary graded = service.record(PAGE, BLOCK).summary();
        assertTrue(graded.fewViewers());
        assertTrue(graded.fewDepartments());
        assertNull(graded.shownViewers(), "the number is not shown");
        assertNull(graded.shownDepartments());
        assertEquals("outloud.wol.seen.few", graded.textKey());
        assertEquals(List.of(0, 0), List.of(graded.textArguments()), "not even as a message argument");
    }

    @Test
    void manyViewersInFewDepartments_showTheViewersButNotTheDepartments() {
        SeenSummary summary = SeenSummary.of(new SeenCount(40, 3), 5);
        assertEquals(40, summary.shownViewers());
        assertNull(summary.shownDepartments());
        assertEquals("outloud.wol.seen.few-departments", summary.textKey());
        assertEquals("outloud.wol.seen.none", SeenSummary.of(SeenCount.NONE, 5).textKey());
    }

    @Test
    void names_areForTheAuthorOnly() {
        settings(true, 1);
        service.record(PAGE, BLOCK);

        OutloudException e = refused(Failure.NOT_PERMITTED, () -> service.names(PAGE, BLOCK, PageRequest.first(50)));
        assertEquals("outloud.wol.seen.error.author-only", e.messageKey());
        viewer.become("admin");
        refused(Failure.NOT_PERMITTED, () -> service.names(PAGE, BLOCK, PageRequest.first(50)));
    }

    @Test
    void names_areNotShownUnlessTheSiteAllowsIt() {
        seenBy(6, 6);
        viewer.become(AUTHOR);

        SeenService.Names names = service.names(PAGE, BLOCK, PageRequest.first(50));

        assertFalse(names.namesShown(), "off by default");
        assertTrue(names.names().isEmpty());
        assertEquals(6, names.summary().shownViewers());
    }

    @Test
    void names_belowTheMinimumGroupSize_areNotShownEvenWhenAllowed() {
        settings(true, 5);
        seenBy(4, 1);
        viewer.become(AUTHOR);

        SeenService.Names names = service.names(PAGE, BLOCK, PageRequest.first(50));

        assertFalse(names.namesShown());
        assertTrue(names.names().isEmpty());
        assertTrue(names.summary().fewViewers());
    }

    @Test
    void names_leaveOutPeopleWhoOptedOut_whoAreStillCounted() {
        settings(true, 5);
        seenBy(6, 2);
        viewer.become("user-3");
        settings.updateMine(true);
        viewer.become(AUTHOR);

        SeenService.Names names = service.names(PAGE, BLOCK, PageRequest.first(50));

        assertTrue(names.namesShown());
        assertEquals(6, names.summary().shownViewers(), "user-3 is counted");
        Set<String> named = names.names().stream().map(Person::displayName).collect(Collectors.toSet());
        assertEquals(Set.of("User 0", "User 1", "User 2", "User 4", "User 5"), named);
    }

    @Test
    void names_walkedPageByPage_nameEveryoneShownOnce_andAnOptedOutPersonNeverStopsTheWalk() {
        settings(true, 5);
        seenBy(7, 2);
        viewer.become("user-4");
        settings.updateMine(true);
        viewer.become(AUTHOR);

        List<String> walked = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        int pages = 0;
        while (true) {
            SeenService.Names names = service.names(PAGE, BLOCK, request);
            names.names().forEach(person -> walked.add(person.displayName()));
            pages++;
            if (names.next().isEmpty()) {
                break;
            }
            request = new PageRequest(names.next().get(), 3);
        }

        assertEquals(List.of("User 6", "User 5", "User 3", "User 2", "User 1", "User 0"), walked, "latest first, user-4 left out");
        assertEquals(3, pages, "user-4 still takes a place on the second page, which then names two");
    }

    @Test
    void names_whenNotShown_haveNoNextPage() {
        settings(false, 5);
        seenBy(30, 2);
        viewer.become(AUTHOR);

        SeenService.Names names = service.names(PAGE, BLOCK, PageRequest.first(5));

        assertTrue(names.names().isEmpty());
        assertTrue(names.next().isEmpty());
    }

    @Test
    void settings_areForSiteAdminsOnly_andValidated() {
        refused(Failure.NOT_PERMITTED, () -> settings.updateSite(true, 3L, null));
        refused(Failure.NOT_PERMITTED, settings::siteForAdmin);
        viewer.become("admin");
        refused(Failure.INVALID_INPUT, () -> settings.updateSite(null, 0L, null));
        assertEquals(5, settings.siteForAdmin().minGroupSize(), "default");
        assertFalse(settings.siteForAdmin().namesToAuthors(), "default");
        OutloudException belowFloor = refused(Failure.INVALID_INPUT, () -> settings.updateSite(null, 4L, null));
        assertEquals("outloud.settings.error.min-group-size", belowFloor.messageKey());
        assertEquals(7, settings.updateSite(true, 7L, null).minGroupSize());
        assertTrue(settings.site().namesToAuthors());
    }

    /** {@code count} people who saw the block, spread over {@code departments} departments. */
    private void seenBy(int count, int departments) {
        String before = viewer.userKey().orElse(null);
        for (int i = 0; i < count; i++) {
            people.add("user-" + i, "User " + i, "Department " + (i % departments));
            viewer.become("user-" + i);
            service.record(PAGE, BLOCK);
        }
        viewer.become(before);
    }

    private void settings(boolean namesToAuthors, int minGroupSize) {
        settingsStore.putSiteSetting("seen.names-to-authors", Boolean.toString(namesToAuthors));
        settingsStore.putSiteSetting("seen.min-group-size", Integer.toString(minGroupSize));
    }

    private static OutloudException refused(Failure failure, Executable call) {
        OutloudException e = assertThrows(OutloudException.class, call);
        assertEquals(failure, e.failure());
        return e;
    }

    private static final class Directory implements PersonDirectory {
        private final Map<String, Person> known = new HashMap<>(Map.of(
                "alice", new Person("alice", "Alice", null, "Engineering"),
                AUTHOR, new Person(AUTHOR, "Eva", null, "Support")));

        void add(String key, String name, String department) {
            known.put(key, new Person(key, name, null, department));
        }

        @Override
        public Map<String, Person> people(Collection<String> userKeys) {
            Map<String, Person> found = new LinkedHashMap<>();
            userKeys.forEach(key -> found.put(key, known.getOrDefault(key, Person.unknown(key))));
            return found;
        }
    }

}
