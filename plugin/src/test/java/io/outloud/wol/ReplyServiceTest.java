package io.outloud.wol;

import io.outloud.testing.FakeViewer;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String BLOCK = "5f1c3e2a-8d4b-4c7e-9a61-0b2d3c4e5f60";
    private static final String OTHER = "other-block";

    private final InMemoryReplyStore store = new InMemoryReplyStore();
    private final FakePageAccess pages = new FakePageAccess().withPage(PAGE, BLOCK, OTHER);
    private final FakeViewer viewer = FakeViewer.signedIn("alice");
    private final ReplyService service = new ReplyService(store, pages, viewer, Clock.fixed(NOW, ZoneOffset.UTC));

    private static OutloudException refused(Failure failure, Executable call) {
        OutloudException e = assertThrows(OutloudException.class, call);
        assertEquals(failure, e.failure());
        return e;
    }

    @Test
    void add_storesTheTrimmedTextByTheViewer_atTheClocksTime() {
        Reply reply = service.add(PAGE, BLOCK, "  On it, @bruno \n");

        assertEquals(List.of(reply), service.list(PAGE, BLOCK, 0, 20).replies());
        assertEquals("On it, @bruno", reply.text());
        assertEquals("alice", reply.authorKey());
        assertEquals(NOW, reply.createdAt());
        assertFalse(reply.isEdited());
        assertEquals(PAGE, reply.pageId());
        assertEquals(BLOCK, reply.macroId());
    }

    @Test
    void add_whileBlocksAreSwitchedOffInTheSpace_isRefused_andTheRepliesStayReadable() {
        Reply before = service.add(PAGE, BLOCK, "Before");
        pages.withMacros((macro, space) -> !("working-out-loud".equals(macro) && "DEV".equals(space)));

        OutloudException e = refused(Failure.CONFLICT, () -> service.add(PAGE, BLOCK, "During"));
        assertEquals("outloud.space.error.macro-off", e.messageKey());
        refused(Failure.CONFLICT, () -> service.edit(PAGE, BLOCK, before.id(), "Changed"));
        assertEquals(List.of(before), service.list(PAGE, BLOCK, 0, 20).replies(), "nothing was deleted, and it can be read");

        pages.withMacros(io.outloud.content.MacroSwitch.ALL_ON);
        service.add(PAGE, BLOCK, "After");
        assertEquals(2, service.list(PAGE, BLOCK, 0, 20).replies().size(), "switched on again, it takes replies");
    }

    @Test
    void add_byAnonymous_isNotAuthenticated() {
        viewer.become(null);
        OutloudException e = refused(Failure.NOT_AUTHENTICATED, () -> service.add(PAGE, BLOCK, "hi"));
        assertEquals("outloud.common.error.not-authenticated", e.messageKey());
        assertEquals(0, store.size());
    }

    @Test
    void add_onAPageTheViewerMayNotView_isNotFound() {
        refused(Failure.NOT_FOUND, () -> service.add(99L, BLOCK, "hi"));
        refused(Failure.NOT_FOUND, () -> service.list(99L, BLOCK, 0, 20));
        assertEquals(0, store.size());
    }

    @Test
    void add_toABlockNotOnThePage_isNotFound() {
        pages.withPage(11L, "elsewhere");
        refused(Failure.NOT_FOUND, () -> service.add(PAGE, "elsewhere", "hi"));
        refused(Failure.NOT_FOUND, () -> service.add(11L, BLOCK, "hi"));
        refused(Failure.NOT_FOUND, () -> service.list(11L, BLOCK, 0, 20));
        refused(Failure.NOT_FOUND, () -> service.add(PAGE, "<script>", "hi"));
        assertEquals(0, store.size());
    }

    @Test
    void add_blankOrTooLong_isInvalid() {
        assertEquals("outloud.wol.reply.error.empty", refused(Failure.INVALID_INPUT, () -> service.add(PAGE, BLOCK, "  ")).messageKey());
        assertEquals("outloud.wol.reply.error.too-long",
                refused(Failure.INVALID_INPUT, () -> service.add(PAGE, BLOCK, "x".repeat(2001))).messageKey());
        assertEquals(0, store.size());
    }

    @Test
    void edit_ownReply_changesTheTextAndMarksItEdited() {
        Reply reply = service.add(PAGE, BLOCK, "first");

        Reply edited = service.edit(PAGE, BLOCK, reply.id(), " second ");

        assertEquals("second", edited.text());
        assertTrue(edited.isEdited());
        assertEquals(NOW, edited.editedAt());
        assertEquals(reply.createdAt(), edited.createdAt());
        assertEquals(edited, store.find(reply.id()).orElseThrow());
    }

    @Test
    void editOrDelete_someoneElsesReply_isNotPermitted() {
        Reply alices = service.add(PAGE, BLOCK, "mine");
        viewer.become("bruno");

        OutloudException e = refused(Failure.NOT_PERMITTED, () -> service.edit(PAGE, BLOCK, alices.id(), "hijacked"));
        assertEquals("outloud.wol.reply.error.not-yours", e.messageKey());
        refused(Failure.NOT_PERMITTED, () -> service.delete(PAGE, BLOCK, alices.id()));

        assertEquals(alices, store.find(alices.id()).orElseThrow(), "untouched");
    }

    @Test
    void editOrDelete_byAnonymous_isNotAuthenticated() {
        Reply reply = service.add(PAGE, BLOCK, "mine");
        viewer.become(null);
        refused(Failure.NOT_AUTHENTICATED, () -> service.edit(PAGE, BLOCK, reply.id(), "x"));
        refused(Failure.NOT_AUTHENTICATED, () -> service.delete(PAGE, BLOCK, reply.id()));
        assertEquals(1, store.size());
    }

    @Test
    void editOrDelete_aReplyOfAnotherBlock_isNotFound_evenForItsAuthor() {
        pages.withPage(11L, BLOCK);
        Reply onOther = service.add(PAGE, OTHER, "other block");
        Reply onOtherPage = service.add(11L, BLOCK, "other page");

        refused(Failure.NOT_FOUND, () -> service.edit(PAGE, BLOCK, onOther.id(), "x"));
        refused(Failure.NOT_FOUND, () -> service.delete(PAGE, BLOCK, onOther.id()));
        refused(Failure.NOT_FOUND, () -> service.edit(PAGE, BLOCK, onOtherPage.id(), "x"));
        refused(Failure.NOT_FOUND, () -> service.delete(PAGE, BLOCK, onOtherPage.id()));
        refused(Failure.NOT_FOUND, () -> service.delete(PAGE, BLOCK, 12345L));
        assertEquals(2, store.size());
    }

    @Test
    void editOrDelete_onAPageNoLongerViewable_isNotFound() {
        Reply reply = service.add(PAGE, BLOCK, "mine");
        refused(Failure.NOT_FOUND, () -> service.edit(99L, BLOCK, reply.id(), "x"));
        refused(Failure.NOT_FOUND, () -> service.delete(99L, BLOCK, reply.id()));
        assertEquals(1, store.size());
    }

    @Test
    void edit_blank_isInvalid_andKeepsTheReply() {
        Reply reply = service.add(PAGE, BLOCK, "mine");
        refused(Failure.INVALID_INPUT, () -> service.edit(PAGE, BLOCK, reply.id(), " "));
        assertEquals(reply, store.find(reply.id()).orElseThrow());
    }

    @Test
    void delete_ownReply_removesIt() {
        Reply reply = service.add(PAGE, BLOCK, "mine");
        service.add(PAGE, BLOCK, "stays");
        service.delete(PAGE, BLOCK, reply.id());
        assertTrue(store.find(reply.id()).isEmpty());
        assertEquals(1, store.size());
    }

    @Test
    void list_pagesOldestFirst_withTheMoreFlag() {
        for (int i = 1; i <= 5; i++) {
            service.add(PAGE, BLOCK, "reply " + i);
        }
        service.add(PAGE, OTHER, "elsewhere");

        ReplyService.ReplyPage first = service.list(PAGE, BLOCK, 0, 2);
        assertEquals(List.of("reply 1", "reply 2"), first.replies().stream().map(Reply::text).toList());
        assertTrue(first.more());
        ReplyService.ReplyPage last = service.list(PAGE, BLOCK, first.replies().get(1).id(), 3);
        assertEquals(List.of("reply 3", "reply 4", "reply 5"), last.replies().stream().map(Reply::text).toList());
        assertFalse(last.more(), "exactly the last three: nothing more");
        assertFalse(service.list(PAGE, BLOCK, 0, 5).more());
        assertTrue(service.list(PAGE, BLOCK, 0, 4).more());
    }

    @Test
    void list_isReadableAnonymously() {
        service.add(PAGE, BLOCK, "hi");
        viewer.become(null);
        assertEquals(1, service.list(PAGE, BLOCK, 0, 20).replies().size());
        assertEquals("", service.viewerKey());
    }

    @ParameterizedTest
    @ValueSource(ints = {51, 100, 1_000_000, Integer.MAX_VALUE})
    void list_limitIsBoundedTo50(int limit) {
        for (int i = 0; i < 60; i++) {
            service.add(PAGE, BLOCK, "r" + i);
        }
        ReplyService.ReplyPage page = service.list(PAGE, BLOCK, 0, limit);
        assertEquals(50, page.replies().size());
        assertTrue(page.more());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void list_nonPositiveLimit_meansTheDefault(int limit) {
        for (int i = 0; i < 25; i++) {
            service.add(PAGE, BLOCK, "r" + i);
        }
        assertEquals(ReplyService.DEFAULT_PAGE_SIZE, service.list(PAGE, BLOCK, 0, limit).replies().size());
    }

    @Test
    void list_negativeCursor_isInvalid() {
        OutloudException e = refused(Failure.INVALID_INPUT, () -> service.list(PAGE, BLOCK, -1, 20));
        assertEquals("outloud.wol.reply.error.cursor", e.messageKey());
        refused(Failure.INVALID_INPUT, () -> service.list(PAGE, BLOCK, Long.MIN_VALUE, 20));
    }

    @Test
    void list_cursorPastTheEnd_isEmpty() {
        service.add(PAGE, BLOCK, "hi");
        ReplyService.ReplyPage page = service.list(PAGE, BLOCK, Long.MAX_VALUE, 20);
        assertTrue(page.replies().isEmpty());
        assertFalse(page.more());
    }

    @Test
    void deletedReply_isGoneFromTheList_andEditingItIsNotFound() {
        Reply reply = service.add(PAGE, BLOCK, "soon gone");
        service.delete(PAGE, BLOCK, reply.id());
        refused(Failure.NOT_FOUND, () -> service.edit(PAGE, BLOCK, reply.id(), "x"));
        refused(Failure.NOT_FOUND, () -> service.delete(PAGE, BLOCK, reply.id()));
        assertTrue(service.list(PAGE, BLOCK, 0, 20).replies().isEmpty());
    }
}
