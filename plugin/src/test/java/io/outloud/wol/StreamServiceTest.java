package io.outloud.wol;

import io.outloud.testing.FakePersonDirectory;
import io.outloud.content.MacroIdentity;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.content.PageRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream use case with fakes: order, keyset pages, the viewer's permissions, filters, bounds and validation. */
class StreamServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private final InMemoryStreamStore store = new InMemoryStreamStore();
    private final FakePageAccess pages = new FakePageAccess();
    private final FakePersonDirectory people = new FakePersonDirectory()
            .with("alice", "Alice", "Engineering").with("bruno", "Bruno", "Marketing");
    private Followed followed = Followed.NOTHING;
    private final StreamService service = new StreamService(store, pages, people, () -> followed);

    private static Block block(long id, long pageId, String author, BlockStatus status, int minute) {
        return new Block(id, new MacroIdentity("m-" + id, pageId, "DEV"), "key-" + author, status, T0.plusSeconds(60L * minute));
    }

    private static StreamRequest request(String before, int limit) {
        return new StreamRequest(null, null, null, null, null, null, before, limit);
    }

    /** Every page of the stream, following the cursors, as block ids in order. */
    private List<List<Long>> allPages(StreamService stream, StreamRequest first) {
        List<List<Long>> result = new ArrayList<>();
        StreamRequest next = first;
        for (int guard = 0; guard < 100; guard++) {
            StreamPage page = stream.page(next);
            result.add(page.items().stream().map(i -> i.block().id()).toList());
            if (!page.more()) {
                return result;
            }
            next = new StreamRequest(first.space(), first.label(), first.community(), first.department(), first.person(),
                    first.status(), page.next().toString(), first.limit(), first.following());
        }
        throw new AssertionError("the stream never ended");
    }

    @Test
    void keysetPages_newestFirst_tiesByIdDescending_noRepeatsOrSkips() {
        for (long id = 1; id <= 25; id++) {
            store.add(block(id, 100 + id % 4, "alice", BlockStatus.IN_PROGRESS, (int) (id / 3)), BlockTags.NONE); // ties on time
        }
        for (long page = 100; page < 104; page++) {
            pages.withPage(page, macroIds(page));
        }

        List<List<Long>> result = allPages(service, request(null, 10));

        assertEquals(List.of(10, 10, 5), result.stream().map(List::size).toList());
        List<Long> flat = result.stream().flatMap(List::stream).toList();
        List<Long> expected = new ArrayList<>();
        for (long id = 25; id >= 1; id--) {
            expected.add(id);
        }
        // times are id/3 minutes, so ids descending is also createdAt descending with ties broken by id descending
        assertEquals(expected, flat);
    }

    private String[] macroIds(long pageId) {
        List<String> ids = new ArrayList<>();
        for (long id = 1; id <= 600; id++) {
            ids.add("m-" + id);
        }
        return ids.toArray(String[]::new);
    }

    @Test
    void blocksOnPagesTheViewerCannotSee_neverAppear_andTheStreamLooksAsIfTheyDidNotExist() {
        InMemoryStreamStore withoutHidden = new InMemoryStreamStore();
        for (long id = 1; id <= 40; id++) {
            boolean hidden = id % 3 != 0; // two of three on the restricted page 900
            Block block = block(id, hidden ? 900 : 100 + id % 2, "alice", BlockStatus.STUCK, (int) id);
            store.add(block, BlockTags.NONE);
            if (!hidden) {
                withoutHidden.add(block, BlockTags.NONE);
            }
        }
        pages.withPage(100, macroIds(100)).withPage(101, macroIds(101)); // 900 is not viewable

        List<List<Long>> withHidden = allPages(service, request(null, 4));
        List<List<Long>> plain = allPages(new StreamService(withoutHidden, pages, people, () -> followed), request(null, 4));

        assertEquals(plain, withHidden, "same pages, same sizes, same end");
        assertTrue(withHidden.stream().flatMap(List::stream).allMatch(id -> id % 3 == 0), withHidden.toString());
        assertEquals(13, withHidden.stream().mapToInt(List::size).sum());
        StreamPage first = service.page(request(null, 4));
        StreamPage firstPlain = new StreamService(withoutHidden, pages, people, () -> followed).page(request(null, 4));
        assertEquals(firstPlain.next(), first.next(), "the cursor names a shown block, never a hidden one");
    }

    @Test
    void blocksOfASpaceThatSwitchedThemOff_leaveTheStream_andComeBackWhenSwitchedOn() {
        for (long id = 1; id <= 4; id++) {
            store.add(block(id, 100 + id % 2, "alice", BlockStatus.DONE, (int) id), BlockTags.NONE);
        }
        pages.withPage(100, macroIds(100)).withPage(new PageRef(101, "OFF", "Page 101", pagesBody(macroIds(101))));
        pages.withMacros((macro, space) -> !"OFF".equals(space));

        assertEquals(List.of(4L, 2L), service.page(request(null, 10)).items().stream().map(i -> i.block().id()).toList());

        pages.withMacros(io.outloud.content.MacroSwitch.ALL_ON);
        assertEquals(List.of(4L, 3L, 2L, 1L), service.page(request(null, 10)).items().stream().map(i -> i.block().id()).toList());
    }

    private static String pagesBody(String... macroIds) {
        StringBuilder body = new StringBuilder();
        for (String macroId : macroIds) {
            body.append("<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"").append(macroId)
                    .append("\"><ac:parameter ac:name=\"working-on\">x</ac:parameter></ac:structured-macro>");
        }
        return body.toString();
    }

    @Test
    void eachDistinctPageIsCheckedOnce() {
        for (long id = 1; id <= 12; id++) {
            store.add(block(id, 100 + id % 2, "alice", BlockStatus.DONE, (int) id), BlockTags.NONE);
        }
        pages.withPage(100, macroIds(100)).withPage(101, macroIds(101));

        assertEquals(10, service.page(request(null, 10)).items().size());

        assertEquals(2, pages.lookups());
        assertEquals(1, people.lookups, "all authors in one lookup");
    }

    /**
     * A label's candidates are its rows, and other filters drop some of them: a batch that matched fewer blocks than
     * it looked at is not the end, and the next batch starts after the last row looked at, not the last block shown.
     */
    @Test
    void labelCandidatesDroppedByOtherFilters_neitherEndTheStreamNorRepeatOrSkip() {
        for (long id = 1; id <= 60; id++) {
            BlockStatus status = id % 3 == 0 ? BlockStatus.STUCK : BlockStatus.DONE;
            store.add(block(id, 100, "alice", status, (int) id), new BlockTags("", List.of("export")));
        }
        pages.withPage(100, macroIds(100));

        List<List<Long>> result = allPages(service, new StreamRequest(null, "export", null, null, null, "stuck", null, 3));

        List<Long> expected = new ArrayList<>();
        for (long id = 60; id >= 3; id -= 3) {
            expected.add(id);
        }
        assertEquals(expected, result.stream().flatMap(List::stream).toList());
        assertTrue(result.stream().limit(result.size() - 1).allMatch(page -> page.size() == 3), result.toString());
    }

    @Test
    void theWorkPerRequestIsBounded_andTheStreamGoesOnFromWhereItStopped() {
        store.add(block(1, 100, "alice", BlockStatus.DONE, 0), BlockTags.NONE);
        for (long id = 2; id <= 600; id++) {
            store.add(block(id, 900, "alice", BlockStatus.DONE, (int) id), BlockTags.NONE);
        }
        pages.withPage(100, macroIds(100));

        StreamPage first = service.page(request(null, 10));

        assertTrue(first.items().isEmpty());
        assertNotNull(first.next(), "more to look at");
        assertEquals(StreamService.MAX_CANDIDATES, store.batches.stream().mapToInt(Integer::intValue).sum());
        assertTrue(store.batches.size() <= 10, store.batches.toString());

        List<List<Long>> rest = allPages(service, request(first.next().toString(), 10));
        assertEquals(List.of(1L), rest.stream().flatMap(List::stream).toList());
    }

    @Test
    void aBlockNoLongerOnItsPage_isLeftOut_andWorkingOnComesFromThePage() {
        store.add(block(1, 100, "alice", BlockStatus.STUCK, 1), BlockTags.NONE);
        store.add(block(2, 100, "alice", BlockStatus.STUCK, 2), BlockTags.NONE);
        pages.withPage(new PageRef(100, "DEV", "Survey export", "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"m-1\">"
                + "<ac:parameter ac:name=\"working-on\">Exports &amp; timeouts</ac:parameter></ac:structured-macro>"));

        StreamPage page = service.page(request(null, 10));

        assertEquals(1, page.items().size());
        StreamItem item = page.items().get(0);
        assertEquals("Exports & timeouts", item.workingOn());
        assertEquals("Survey export", item.pageTitle());
        assertEquals("/pages/viewpage.action?pageId=100#outloud-block-m-1", item.path());
        assertEquals("Alice", item.author().displayName());
        assertNull(page.next());
        assertFalse(page.more());
    }

    @Test
    void filters_statusPersonDepartmentLabelCommunity() {
        store.add(block(1, 100, "alice", BlockStatus.STUCK, 1), new BlockTags("data", List.of("export", "sql")));
        store.add(block(2, 100, "bruno", BlockStatus.STUCK, 2), new BlockTags("", List.of("export")));
        store.add(block(3, 100, "bruno", BlockStatus.DONE, 3), new BlockTags("data", List.of()));
        pages.withPage(100, macroIds(100));

        assertEquals(Set.of(1L, 2L), ids(new StreamRequest(null, null, null, null, null, "stuck", null, 10)));
        assertEquals(Set.of(2L, 3L), ids(new StreamRequest(null, null, null, null, "bruno", null, null, 10)));
        assertEquals(Set.of(), ids(new StreamRequest(null, null, null, null, "nobody", null, null, 10)));
        assertEquals(Set.of(1L), ids(new StreamRequest(null, null, null, "engineering", null, null, null, 10)));
        assertEquals(Set.of(1L, 2L), ids(new StreamRequest(null, "export", null, null, null, null, null, 10)));
        assertEquals(Set.of(1L, 3L), ids(new StreamRequest(null, null, "data", null, null, null, null, 10)));
        assertEquals(Set.of(3L), ids(new StreamRequest("DEV", null, "DATA", "Marketing", null, "done", null, 10)));
        assertEquals(Set.of(), ids(new StreamRequest("HR", null, null, null, null, null, null, 10)));
    }

    private Set<Long> ids(StreamRequest request) {
        return new HashSet<>(service.page(request).items().stream().map(i -> i.block().id()).toList());
    }

    @Test
    void invalidFilters_areRefusedWithAMessage() {
        assertInvalid("outloud.wol.stream.error.status", new StreamRequest(null, null, null, null, null, "blocked", null, 10));
        assertInvalid("outloud.wol.stream.error.limit", request(null, 0));
        assertInvalid("outloud.wol.stream.error.limit", request(null, StreamService.MAX_LIMIT + 1));
        assertInvalid("outloud.wol.stream.error.cursor", request("yesterday", 10));
        assertInvalid("outloud.wol.stream.error.key", new StreamRequest(null, "<b>", null, null, null, null, null, 10));
        assertInvalid("outloud.wol.stream.error.space", new StreamRequest("@self", null, null, null, null, null, null, 10));
        assertInvalid("outloud.wol.stream.error.too-long", new StreamRequest(null, null, null, "x".repeat(300), null, null, null, 10));
        assertTrue(store.batches.isEmpty(), "nothing is queried for an invalid request");
    }

    private void assertInvalid(String key, StreamRequest request) {
        OutloudException e = assertThrows(OutloudException.class, () -> service.page(request));
        assertEquals(Failure.INVALID_INPUT, e.failure());
        assertEquals(key, e.messageKey());
    }

    @Test
    void following_showsBlocksByFollowedPeople_inFollowedCommunities_orWithFollowedLabels_only() {
        for (int id = 1; id <= 8; id++) {
            pages.withPage(200 + id, "m-" + id);
        }
        store.add(block(1, 201, "alice", BlockStatus.EXPLORING, 1), BlockTags.NONE)
                .add(block(2, 202, "bruno", BlockStatus.EXPLORING, 2), new BlockTags("data-curious", List.of()))
                .add(block(3, 203, "bruno", BlockStatus.EXPLORING, 3), new BlockTags("", List.of("export", "other")))
                .add(block(4, 204, "bruno", BlockStatus.EXPLORING, 4), new BlockTags("baking", List.of("other")))
                .add(block(5, 205, "chloe", BlockStatus.STUCK, 5), BlockTags.NONE);
        followed = new Followed(Set.of("key-alice"), Set.of("data-curious"), Set.of("export"));

        StreamPage page = service.page(new StreamRequest(null, null, null, null, null, null, null, 10, true));

        assertEquals(List.of(3L, 2L, 1L), page.items().stream().map(i -> i.block().id()).toList());
        assertFalse(page.more());
        assertEquals(List.of(List.of(3L, 2L), List.of(1L)), allPages(service, new StreamRequest(null, null, null, null, null, null, null, 2, true)));
    }

    @Test
    void following_nothing_isAnEmptyPage_withoutAQuery() {
        store.add(block(1, 201, "alice", BlockStatus.EXPLORING, 1), BlockTags.NONE);

        StreamPage page = service.page(new StreamRequest(null, null, null, null, null, null, null, 10, true));

        assertTrue(page.items().isEmpty());
        assertFalse(page.more());
        assertTrue(store.batches.isEmpty(), "no query for a reader who follows nothing");
    }

    @Test
    void following_withAPersonLabelOrCommunityFilter_isRefused() {
        followed = new Followed(Set.of("key-alice"), Set.of(), Set.of());
        for (StreamRequest request : List.of(new StreamRequest(null, "export", null, null, null, null, null, 10, true),
                new StreamRequest(null, null, "data", null, null, null, null, 10, true),
                new StreamRequest(null, null, null, null, "alice", null, null, 10, true))) {
            OutloudException refused = assertThrows(OutloudException.class, () -> service.page(request));
            assertEquals("outloud.wol.stream.error.following", refused.messageKey());
        }
    }

    @Test
    void theFilterWord_isFollowingOrBlank() {
        assertTrue(StreamService.following("following"));
        assertTrue(StreamService.following(" Following "));
        assertFalse(StreamService.following(""));
        assertFalse(StreamService.following(null));
        assertEquals(Failure.INVALID_INPUT, assertThrows(OutloudException.class, () -> StreamService.following("friends")).failure());
    }
}
