package io.outloud.wol;

import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.FakeViewer;
import io.outloud.content.MacroIdentity;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.settings.SettingsService;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

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
