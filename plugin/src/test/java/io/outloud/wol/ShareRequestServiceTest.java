package io.outloud.wol;

import io.outloud.common.PageRequest;
import io.outloud.testing.RecordingNotifier;
import io.outloud.testing.FakeViewer;
import io.outloud.content.MacroIdentity;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.notify.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareRequestServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final long HIDDEN_PAGE = 11L;
    private static final long ANSWER_PAGE = 12L;
    private static final String FARIDS = "b-farid";
    private static final String FARID = "key-farid";
    private static final String ALICE = "key-alice";
    private static final String BOB = "key-bob";

    private final InMemoryShareRequestStore store = new InMemoryShareRequestStore();
    private final InMemoryBlockStore blocks = new InMemoryBlockStore();
    private final FakePageAccess pages = new FakePageAccess().withPage(PAGE, FARIDS).withPage(ANSWER_PAGE, "b-answer");
    private final FakeViewer viewer = FakeViewer.signedIn(ALICE);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ShareRequestService service = new ShareRequestService(store, blocks, pages, viewer, notifier, Clock.fixed(NOW, ZoneOffset.UTC));

    ShareRequestServiceTest() {
        blocks.create(new MacroIdentity(FARIDS, PAGE, "DEV"), FARID, BlockStatus.IN_PROGRESS, NOW);
        blocks.create(new MacroIdentity("b-hidden", HIDDEN_PAGE, "HR"), FARID, BlockStatus.IN_PROGRESS, NOW);
    }

    private static String answering(String macroId, long requestId) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"answers\">" + requestId + "</ac:parameter>"
                + "<ac:rich-text-body><p>What I learned</p></ac:rich-text-body></ac:structured-macro>";
    }

    @Test
    void ask_fromABlock_asksItsAuthor_andTellsThemOnce() {
        ShareRequest request = service.ask(PAGE, FARIDS, "  what you   learned about\nthe export ");

        assertEquals(ALICE, request.askerKey());
        assertEquals(FARID, request.askeeKey());
        assertEquals("what you learned about the export", request.topic(), "one line, trimmed");
        assertEquals(ShareRequest.State.OPEN, request.state());
        assertEquals(List.of(new Notice(FARID, Notice.Kind.SHARE_ASKED, ALICE, PAGE, FARIDS, "what you learned about the export", request.id())),
                notifier.sent);
    }

    @Test
    void ask_refusesBadTopics_yourself_duplicates_andAnonymousPeople() {
        assertFailure(Failure.INVALID_INPUT, "outloud.wol.ask.error.empty", () -> service.ask(PAGE, FARIDS, " \n "));
        assertFailure(Failure.INVALID_INPUT, "outloud.wol.ask.error.too-long", () -> service.ask(PAGE, FARIDS, "x".repeat(201)));
        service.ask(PAGE, FARIDS, "\uD83D\uDE00".repeat(200)); // 200 code points are fine
        service.ask(PAGE, FARIDS, "The export");
        assertFailure(Failure.CONFLICT, "outloud.wol.ask.error.already-asked", () -> service.ask(PAGE, FARIDS, "the EXPORT"));

        viewer.become(FARID);
        assertFailure(Failure.INVALID_INPUT, "outloud.wol.ask.error.self", () -> service.ask(PAGE, FARIDS, "my own work"));
        viewer.become(null);
        assertFailure(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated", () -> service.ask(PAGE, FARIDS, "anything"));
        assertEquals(2, notifier.sent.size());
    }

    @Test
    void ask_onAPageYouCannotView_orABlockThatIsNotThere_isNotFound() {
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.ask(HIDDEN_PAGE, "b-hidden", "secret"));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.ask(PAGE, "b-missing", "anything"));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.ask(PAGE, "<script>", "anything"));
        assertTrue(notifier.sent.isEmpty());
    }

    @Test
    void ask_stopsAtTwentyOpenRequests() {
        for (int i = 0; i < ShareRequestService.MAX_OPEN_ASKED; i++) {
            service.ask(PAGE, FARIDS, "topic " + i);
        }
        assertFailure(Failure.CONFLICT, "outloud.wol.ask.error.too-many", () -> service.ask(PAGE, FARIDS, "one more"));
    }

    @Test
    void incomingAndOutgoing_areEachPersonsOwn_withContextOnlyWhereTheyMayLook() {
        service.ask(PAGE, FARIDS, "the export");
        viewer.become(BOB);
        service.ask(PAGE, FARIDS, "the survey");
        store.create(BOB, FARID, "hidden context", HIDDEN_PAGE, "b-hidden", NOW);

        viewer.become(FARID);
        List<ShareRequestService.Listed> incoming = service.incoming(PageRequest.first(0)).items();
        assertEquals(List.of("hidden context", "the survey", "the export"), incoming.stream().map(l -> l.request().topic()).toList(),
                "newest first");
        assertTrue(incoming.get(0).askedOn().isEmpty(), "a page the reader may not view is not named");
        assertEquals("Page 10", incoming.get(1).askedOn().orElseThrow().title());
        assertTrue(service.outgoing(PageRequest.first(0)).items().isEmpty());

        viewer.become(ALICE);
        assertEquals(List.of("the export"), service.outgoing(PageRequest.first(0)).items().stream().map(l -> l.request().topic()).toList());
        assertTrue(service.incoming(PageRequest.first(0)).items().isEmpty(), "nobody else's requests");
    }

    @Test
    void decline_isTheAskeesAlone_once_andTellsNobody() {
        long id = service.ask(PAGE, FARIDS, "the export").id();
        notifier.sent.clear();

        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.decline(id));
        viewer.become(BOB);
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.decline(id));
        viewer.become(FARID);
        assertEquals(ShareRequest.State.DECLINED, service.decline(id).state());
        assertFailure(Failure.CONFLICT, "outloud.wol.ask.error.closed", () -> service.decline(id));
        assertFailure(Failure.NOT_FOUND, "outloud.common.error.not-found", () -> service.decline(9_999));
        assertTrue(service.incoming(PageRequest.first(0)).items().isEmpty());
        assertTrue(notifier.sent.isEmpty(), "declining tells nobody");

        viewer.become(ALICE);
        assertEquals(ShareRequest.State.DECLINED, service.outgoing(PageRequest.first(0)).items().get(0).request().state());
    }

    @Test
    void pageSaved_withTheAskeesBlock_answersTheRequest_notifiesTheAsker_andShowsOnThatPage() {
        long id = service.ask(PAGE, FARIDS, "the export").id();
        notifier.sent.clear();
        blocks.create(new MacroIdentity("b-answer", ANSWER_PAGE, "DEV"), FARID, BlockStatus.DONE, NOW);

        service.pageSaved(ANSWER_PAGE, "DEV", FARID, answering("b-answer", id));
        service.pageSaved(ANSWER_PAGE, "DEV", FARID, answering("b-answer", id)); // the next save changes nothing

        ShareRequest answered = store.find(id).orElseThrow();
        assertEquals(ShareRequest.State.ANSWERED, answered.state());
        assertEquals("b-answer", answered.answerMacroId());
        assertEquals(List.of(new Notice(ALICE, Notice.Kind.SHARE_ANSWERED, FARID, ANSWER_PAGE, "b-answer", "the export")), notifier.sent);
        assertEquals(List.of(answered), store.answeredOnPage(ANSWER_PAGE));
        assertEquals("Page 12", service.outgoing(PageRequest.first(0)).items().get(0).answeredOn().orElseThrow().title());
        viewer.become(FARID);
        assertFailure(Failure.CONFLICT, "outloud.wol.ask.error.closed", () -> service.decline(id));
    }

    @Test
    void pageSaved_withSomeoneElsesBlock_orADeclinedRequest_answersNothing() {
        long id = service.ask(PAGE, FARIDS, "the export").id();
        blocks.create(new MacroIdentity("b-bob", ANSWER_PAGE, "DEV"), BOB, BlockStatus.DONE, NOW);
        notifier.sent.clear();

        service.pageSaved(ANSWER_PAGE, "DEV", BOB, answering("b-bob", id));
        service.pageSaved(ANSWER_PAGE, "DEV", FARID, answering("b-unregistered", id));
        blocks.create(new MacroIdentity("b-farids", ANSWER_PAGE, "DEV"), FARID, BlockStatus.DONE, NOW);
        service.pageSaved(ANSWER_PAGE, "DEV", BOB, answering("b-farids", id)); // Bob edits Farid's block to answer for him
        assertTrue(store.find(id).orElseThrow().isOpen(), "only the askee's own block, saved by the askee, answers");

        viewer.become(FARID);
        service.decline(id);
        blocks.create(new MacroIdentity("b-late", ANSWER_PAGE, "DEV"), FARID, BlockStatus.DONE, NOW);
        service.pageSaved(ANSWER_PAGE, "DEV", FARID, answering("b-late", id));
        assertEquals(ShareRequest.State.DECLINED, store.find(id).orElseThrow().state());
        assertTrue(notifier.sent.isEmpty());
    }

    @Test
    void aDeclinedQuestion_restsThirtyDays_forThatAskerAndPerson() {
        long id = service.ask(PAGE, FARIDS, "The export").id();
        viewer.become(FARID);
        service.decline(id);

        viewer.become(ALICE);
        assertFailure(Failure.CONFLICT, "outloud.wol.ask.error.declined", () -> service.ask(PAGE, FARIDS, "the   EXPORT"));
        service.ask(PAGE, FARIDS, "the import"); // another question is fine
        viewer.become(BOB);
        service.ask(PAGE, FARIDS, "the export"); // and so is another asker

        ShareRequestService later = new ShareRequestService(store, blocks, pages, viewer, notifier,
                Clock.fixed(NOW.plus(ShareRequestService.DECLINE_REST).plusSeconds(1), ZoneOffset.UTC));
        viewer.become(ALICE);
        assertEquals("The export", later.ask(PAGE, FARIDS, "The export").topic(), "after thirty days it may be asked again");
    }

    @Test
    void mayAsk_isForSignedInPeopleWhoAreNotTheAuthor() {
        assertTrue(service.mayAsk(FARID));
        assertFalse(service.mayAsk(ALICE));
        viewer.become(null);
        assertFalse(service.mayAsk(FARID));
    }

    @Test
    void purgedPages_areForgotten_butTheRequestsStay() {
        long id = service.ask(PAGE, FARIDS, "the export").id();

        assertEquals(1, store.deleteByPage(PAGE));

        ShareRequest kept = store.find(id).orElseThrow();
        assertEquals(0, kept.pageId());
        viewer.become(FARID);
        assertTrue(service.incoming(PageRequest.first(0)).items().get(0).askedOn().isEmpty());
    }

    private static void assertFailure(Failure failure, String key, Executable call) {
        OutloudException e = assertThrows(OutloudException.class, call);
        assertEquals(failure, e.failure());
        assertEquals(key, e.messageKey());
    }
}
