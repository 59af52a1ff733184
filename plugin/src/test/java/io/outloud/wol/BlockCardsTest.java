package io.outloud.wol;

import io.outloud.content.MacroIdentity;
import io.outloud.settings.SettingsService;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a page render loads for its blocks: offers of help and answered requests only when a block shows them, once. */
class BlockCardsTest {
    private static final long PAGE = 7;
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final InMemoryBlockStore blocks = new InMemoryBlockStore();
    private final InMemoryHelpStore help = new InMemoryHelpStore();
    private final InMemoryShareRequestStore requests = new InMemoryShareRequestStore();
    private final InMemoryReactionStore reactions = new InMemoryReactionStore();
    private final InMemoryReplyStore replies = new InMemoryReplyStore();
    private final FakePersonDirectory people = new FakePersonDirectory().with("eva", "Eva", "Research").with("bruno", "Bruno", "Sales");
    private final BlockCards cards = new BlockCards(blocks, reactions, replies, people,
            new BlockRegistry(blocks, BlockTagStore.NONE, Clock.fixed(NOW, ZoneOffset.UTC), List.of(reactions, replies)),
            new InMemorySeenStore(), new SettingsService(new MapSettingsStore(), "admin"::equals, FakeViewer.signedIn("key-bruno")),
            help, requests);

    @Test
    void load_readsNeitherOffersNorAnsweredRequests_untilABlockShowsThem_thenOnce() {
        blocks.create(new MacroIdentity("m1", PAGE, "TEAM"), "key-eva", BlockStatus.STUCK, NOW);
        blocks.create(new MacroIdentity("m2", PAGE, "TEAM"), "key-eva", BlockStatus.STUCK, NOW);

        PageBlocks page = cards.load(PAGE);
        assertEquals(0, help.pageReads, "no offers read for a page whose blocks do not show them");
        assertEquals(0, requests.answeredReads);

        for (String macroId : List.of("m1", "m2", "m1")) {
            Block block = page.block(macroId);
            page.help(block, true, "key-bruno");
            page.answer(block);
        }
        assertEquals(1, help.pageReads, "once for every block of the page");
        assertEquals(1, requests.answeredReads);
    }

    @Test
    void offersReadLate_stillNameTheAcceptedHelper() {
        blocks.create(new MacroIdentity("m1", PAGE, "TEAM"), "key-eva", BlockStatus.STUCK, NOW);
        HelpOffer offer = help.offer(PAGE, "m1", "key-bruno", "I can pair", NOW).orElseThrow();
        help.accept(offer.id());

        PageBlocks page = cards.load(PAGE);
        assertTrue(page.help(page.block("m1"), true, "key-eva").helper().isPresent());
        assertEquals("Bruno", page.person("key-bruno").displayName(), "the helper was looked up with the offers");
    }
}
