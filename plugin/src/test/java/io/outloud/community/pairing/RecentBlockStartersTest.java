package io.outloud.community.pairing;

import io.outloud.content.MacroIdentity;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.StreamStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentBlockStartersTest {
    private final List<String> streamCalls = new ArrayList<>();

    private static String block(String macroId, String workingOn) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + macroId + "\"><ac:parameter ac:name=\"working-on\">"
                + workingOn + "</ac:parameter></ac:structured-macro>";
    }

    private final StreamStore stream = (filter, before, limit) -> {
        streamCalls.add(filter.authorKey());
        List<Block> blocks = new ArrayList<>();
        for (long page = 1; page <= 6; page++) {
            blocks.add(new Block(page, new MacroIdentity("m" + page, page, "TEAM"), filter.authorKey(), BlockStatus.IN_PROGRESS, Instant.EPOCH));
        }
        return io.outloud.wol.StreamBatch.of(blocks);
    };

    /** Carol may view every page but 2; page 4 no longer holds its block; page 5 has no working-on line. */
    private final PageAccess pages = new PageAccess() {
        @Override
        public Optional<PageRef> viewablePage(long pageId) {
            return Optional.empty();
        }

        @Override
        public Optional<PageRef> viewablePageFor(String userKey, long pageId) {
            if (!userKey.equals("carol") || pageId == 2) {
                return Optional.empty();
            }
            String body = pageId == 4 ? "<p>moved away</p>" : block("m" + pageId, pageId == 5 ? "" : "Topic " + pageId);
            return Optional.of(new PageRef(pageId, "TEAM", "Page " + pageId, body));
        }
    };

    private final io.outloud.testing.FakePersonDirectory people = new io.outloud.testing.FakePersonDirectory()
            .with("fran", "Fran", "Legal", "sailing, <contracts> in plain words");

    @Test
    void whatAPartnerIsOpenToTalkAbout_comesFirst_thenTheirBlocks_atMostThreeInAll() {
        Map<String, List<ConversationStarter>> found = new RecentBlockStarters(stream, pages, people).forRecipient("carol", List.of("key-fran", "dirk"));

        assertEquals(List.of("sailing, <contracts> in plain words", "Topic 1", "Topic 3"),
                found.get("key-fran").stream().map(ConversationStarter::text).toList());
        assertEquals(ConversationStarter.Kind.OPEN_TO, found.get("key-fran").get(0).kind());
        assertEquals(0L, found.get("key-fran").get(0).pageId(), "no page: it is what they said");
        assertEquals(List.of("Topic 1", "Topic 3", "Topic 6"), found.get("dirk").stream().map(ConversationStarter::text).toList(),
                "Dirk said nothing: blocks only");
    }

    @Test
    void starters_areThePartnersRecentBlocks_thatTheRecipientMayView_atMostThree() {
        Map<String, List<ConversationStarter>> found = new RecentBlockStarters(stream, pages, people).forRecipient("carol", List.of("dirk"));

        assertEquals(List.of("Topic 1", "Topic 3", "Topic 6"), found.get("dirk").stream().map(ConversationStarter::text).toList());
        assertEquals("Page 3", found.get("dirk").get(1).pageTitle());
        assertEquals(List.of(), new RecentBlockStarters(stream, pages, people).forRecipient("eve", List.of("dirk")).get("dirk"),
                "eve may view none of the pages");
    }

    @Test
    void forOneRound_readsEachPersonsBlocksOnce() {
        ConversationStarters round = new RecentBlockStarters(stream, pages, people).forOneRound();
        round.forRecipient("carol", List.of("dirk", "emma"));
        round.forRecipient("carol", List.of("dirk"));
        assertEquals(List.of("dirk", "emma"), streamCalls);
        assertEquals(1, people.lookups, "and each person's profile once");
    }
}
