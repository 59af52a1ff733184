package io.outloud.wol;

import io.outloud.common.PageRequest;
import io.outloud.common.Keyset;
import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.FakeViewer;
import io.outloud.content.MacroIdentity;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.settings.SettingsService;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhoReactedServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String BLOCK = "b-1";

    private final InMemoryReactionStore reactions = new InMemoryReactionStore();
    private final InMemoryBlockStore blocks = new InMemoryBlockStore();
    private final FakePageAccess pages = new FakePageAccess().withPage(PAGE, BLOCK);
    private final FakeViewer viewer = FakeViewer.signedIn("alice");
    private final MapSettingsStore settingsStore = new MapSettingsStore();
    private final SettingsService settings = new SettingsService(settingsStore, "admin"::equals, viewer);
    private final WhoReactedService service = new WhoReactedService(reactions, blocks, pages, viewer, settings);

    WhoReactedServiceTest() {
        blocks.create(new MacroIdentity(BLOCK, PAGE, "DEV"), "author", BlockStatus.IN_PROGRESS, NOW);
        for (String who : List.of("bob", "carol", "dave")) {
            reactions.toggle(PAGE, BLOCK, who, ReactionKind.USEFUL, NOW);
        }
        reactions.toggle(PAGE, BLOCK, "bob", ReactionKind.THANKS, NOW);
    }

    private WhoReactedService.Group group(WhoReactedService.Answer answer, ReactionKind kind) {
        return answer.groups().stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void names_walkedPageByPage_nameEachReactorOnce_oldestFirst_andAnUnnamedPersonNeverStopsTheWalk() {
        for (int i = 0; i < 7; i++) {
            reactions.toggle(PAGE, BLOCK, "p-" + i, ReactionKind.LEARNED, NOW.plusSeconds(i));
        }
        settingsStore.putPreference("p-3", "seen.hide-my-name", "true");
        viewer.become("author");

        WhoReactedService.Answer first = service.whoReacted(PAGE, BLOCK, null, PageRequest.first(3));
        WhoReactedService.Group learned = group(first, ReactionKind.LEARNED);
        assertEquals(List.of("p-0", "p-1", "p-2"), learned.namedKeys());
        assertEquals(7, learned.count());
        assertEquals(1, learned.others(), "p-3 is counted, never named");
        assertTrue(group(first, ReactionKind.USEFUL).next().isEmpty(), "three useful reactions fit one page of three");

        List<String> rest = new ArrayList<>();
        Optional<Keyset> next = learned.next();
        int pages = 1;
        while (next.isPresent()) {
            WhoReactedService.Answer page = service.whoReacted(PAGE, BLOCK, ReactionKind.LEARNED, new PageRequest(next.get(), 3));
            assertEquals(1, page.groups().size(), "only the kind asked for");
            rest.addAll(page.groups().get(0).namedKeys());
            next = page.groups().get(0).next();
            pages++;
        }
        assertEquals(List.of("p-4", "p-5", "p-6"), rest, "p-3 took its place on the second page, which names two");
        assertEquals(3, pages);
    }

    @Test
    void names_ofAReaderWhoMayNotSeeThem_haveNoNextPage_evenWithACursor() {
        for (int i = 0; i < 30; i++) {
            reactions.toggle(PAGE, BLOCK, "p-" + i, ReactionKind.LEARNED, NOW.plusSeconds(i));
        }
        viewer.become("alice");

        WhoReactedService.Group learned = group(service.whoReacted(PAGE, BLOCK, ReactionKind.LEARNED,
                new PageRequest(new Keyset(NOW.toEpochMilli(), 1), 5)), ReactionKind.LEARNED);

        assertTrue(learned.namedKeys().isEmpty());
        assertTrue(learned.next().isEmpty());
        assertEquals(30, learned.others());
    }

    @Test
    void byDefault_onlyTheAuthorSeesTheNames() {
        assertFalse(service.whoReacted(PAGE, BLOCK).namesShown());
        viewer.become("author");
        assertEquals(List.of("bob", "carol", "dave"), group(service.whoReacted(PAGE, BLOCK), ReactionKind.USEFUL).namedKeys());
    }

    @Test
    void whenEveryoneMaySee_everySignedInReaderSeesTheNames_exceptOfThoseWhoChoseNotToBeNamed() {
        viewer.become("admin");
        settings.updateSite(null, null, "everyone");
        viewer.become("alice");
        settingsStore.putPreference("carol", "seen.hide-my-name", "true");

        WhoReactedService.Answer answer = service.whoReacted(PAGE, BLOCK);

        assertTrue(answer.namesShown());
        assertEquals(5, answer.groups().size(), "every kind, in order");
        WhoReactedService.Group useful = group(answer, ReactionKind.USEFUL);
        assertEquals(3, useful.count());
        assertEquals(List.of("bob", "dave"), useful.namedKeys());
        assertEquals(1, useful.others(), "carol is counted, not named");
        assertEquals(List.of("bob"), group(answer, ReactionKind.THANKS).namedKeys());
        assertEquals(0, group(answer, ReactionKind.SAME_HERE).count());
    }

    @Test
    void anonymousReaders_getCountsOnly() {
        viewer.become("admin");
        settings.updateSite(null, null, "everyone");
        viewer.become(null);

        WhoReactedService.Answer answer = service.whoReacted(PAGE, BLOCK);

        assertFalse(answer.namesShown());
        assertEquals(List.of(), group(answer, ReactionKind.USEFUL).namedKeys());
        assertEquals(3, group(answer, ReactionKind.USEFUL).others());
    }

    @Test
    void authorOnly_namesForTheAuthor_countsForOthers_andNobody_namesForNone() {
        viewer.become("admin");
        settings.updateSite(null, null, "author");

        viewer.become("alice");
        assertFalse(service.whoReacted(PAGE, BLOCK).namesShown());
        viewer.become("author");
        assertEquals(List.of("bob", "carol", "dave"), group(service.whoReacted(PAGE, BLOCK), ReactionKind.USEFUL).namedKeys());

        viewer.become("admin");
        settings.updateSite(null, null, "nobody");
        viewer.become("author");
        WhoReactedService.Answer none = service.whoReacted(PAGE, BLOCK);
        assertFalse(none.namesShown());
        assertEquals(3, group(none, ReactionKind.USEFUL).others());
    }

    @Test
    void anUnknownRule_isRefused_andHiddenPagesAreNotFound() {
        viewer.become("admin");
        OutloudException bad = assertThrows(OutloudException.class, () -> settings.updateSite(null, null, "managers"));
        assertEquals("outloud.settings.error.reactor-names", bad.messageKey());

        OutloudException hidden = assertThrows(OutloudException.class, () -> service.whoReacted(99L, BLOCK));
        assertEquals(Failure.NOT_FOUND, hidden.failure());
        assertEquals(Failure.NOT_FOUND, assertThrows(OutloudException.class, () -> service.whoReacted(PAGE, "b-unknown")).failure());
    }
}
