package io.outloud.wol;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.DatabaseKind;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.common.text.HostileTexts;
import io.outloud.common.text.WrittenText;
import io.outloud.content.MacroIdentity;
import io.outloud.content.PageRef;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.RecordingNotifier;
import io.outloud.wol.ao.AoBlock;
import io.outloud.wol.ao.AoBlockStore;
import io.outloud.wol.ao.AoHelpOffer;
import io.outloud.wol.ao.AoHelpStore;
import io.outloud.wol.ao.AoReply;
import io.outloud.wol.ao.AoReplyStore;
import io.outloud.wol.ao.AoShareRequest;
import io.outloud.wol.ao.AoShareRequestStore;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The hostile corpus through every text field of blocks (replies added and edited, offers of help, topics of requests
 * to share): each use case with its Active Objects store, on H2 and PostgreSQL, read back from the database.
 */
class WrittenTextOnDatabasesTest {
    private static final long PAGE = 42L;
    private static final String BLOCK = "b-stuck";
    private static final String AUTHOR = "farid";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private final FakeViewer viewer = FakeViewer.signedIn("alice");
    private final AtomicInteger people = new AtomicInteger();
    private final FakePageAccess pages = new FakePageAccess().withPage(new PageRef(PAGE, "DEV", "Survey",
            "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + BLOCK + "\"><ac:parameter ac:name=\"status\">stuck</ac:parameter>"
                    + "<ac:rich-text-body><p>Notes</p></ac:rich-text-body></ac:structured-macro>"));

    private JdbcActiveObjects ao(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoBlock.class, AoReply.class, AoHelpOffer.class, AoShareRequest.class);
        new AoBlockStore(ao).create(new MacroIdentity(BLOCK, PAGE, "DEV"), AUTHOR, BlockStatus.STUCK, CLOCK.instant());
        return ao;
    }

    /** Each attempt by someone new, so that one-per-person rules do not hide what the text rules do. */
    private void nextPerson() {
        viewer.become("person-" + people.incrementAndGet());
    }

    /** Why the normaliser must run before the store: PostgreSQL refuses NUL in text (a 500 before), H2 keeps it. */
    @EachDatabase
    void nul_reachingTheStoreUncleaned_isRefusedByPostgres(TestDatabase db) {
        AoReplyStore store = new AoReplyStore(ao(db));
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            assertThrows(RuntimeException.class, () -> store.add(PAGE, BLOCK, AUTHOR, "a\u0000b", CLOCK.instant()));
        } else {
            assertEquals("a\u0000b", store.find(store.add(PAGE, BLOCK, AUTHOR, "a\u0000b", CLOCK.instant()).id()).orElseThrow().text());
        }
    }

    @EachDatabase
    void replies_addedAndEdited(TestDatabase db) {
        AoReplyStore store = new AoReplyStore(ao(db));
        ReplyService replies = new ReplyService(store, pages, viewer, CLOCK);
        HostileTexts.assertEveryCase("reply", WrittenText.Shape.LINES, "outloud.wol.reply.error.empty",
                text -> store.find(replies.add(PAGE, BLOCK, text).id()).orElseThrow().text());

        long mine = replies.add(PAGE, BLOCK, "first words").id();
        HostileTexts.assertEveryCase("edited reply", WrittenText.Shape.LINES, "outloud.wol.reply.error.empty", text -> {
            replies.edit(PAGE, BLOCK, mine, text);
            return store.find(mine).orElseThrow().text();
        });
    }

    @EachDatabase
    void offersOfHelp(TestDatabase db) {
        JdbcActiveObjects ao = ao(db);
        AoHelpStore store = new AoHelpStore(ao);
        HelpService help = new HelpService(store, new AoBlockStore(ao), pages, viewer, new RecordingNotifier(), CLOCK);
        HostileTexts.assertEveryCase("help offer", WrittenText.Shape.LINES, "outloud.wol.help.error.empty", text -> {
            nextPerson();
            return store.find(help.offer(PAGE, BLOCK, text).id()).orElseThrow().message();
        });
    }

    @EachDatabase
    void topicsOfRequestsToShare(TestDatabase db) {
        JdbcActiveObjects ao = ao(db);
        AoShareRequestStore store = new AoShareRequestStore(ao);
        ShareRequestService requests = new ShareRequestService(store, new AoBlockStore(ao), pages, viewer, new RecordingNotifier(), CLOCK);
        HostileTexts.assertEveryCase("share topic", WrittenText.Shape.LINE, "outloud.wol.ask.error.empty", text -> {
            nextPerson();
            return store.find(requests.ask(PAGE, BLOCK, text).id()).orElseThrow().topic();
        });
    }
}
