package io.outloud.wol;

import io.outloud.testing.RecordingNotifier;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.content.MacroIdentity;
import io.outloud.notify.Notice;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who hears of a reply: the block's author and the people it mentions; never the writer; unknown names nobody. */
class ReplyNotificationsTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String BLOCK = "b-1";

    private final InMemoryBlockStore blocks = new InMemoryBlockStore();
    private final FakeViewer viewer = FakeViewer.signedIn("key-alice");
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final FakePersonDirectory people = new FakePersonDirectory().with("alice", "Alice", "Sales").with("bob", "Bob", "IT")
            .with("farid", "Farid", "Finance");
    private final ReplyService service = new ReplyService(new InMemoryReplyStore(), new FakePageAccess().withPage(PAGE, BLOCK), viewer,
            Clock.fixed(NOW, ZoneOffset.UTC), blocks, people, notifier);

    ReplyNotificationsTest() {
        blocks.create(new MacroIdentity(BLOCK, PAGE, "DEV"), "key-farid", BlockStatus.STUCK, NOW);
    }

    @Test
    void theAuthorHearsOfAReply_andEachKnownMentionedPersonOnce() {
        service.add(PAGE, BLOCK, "Try this @bob and @nobody-here, thanks @bob");

        assertEquals(List.of(
                new Notice("key-farid", Notice.Kind.REPLY, "key-alice", PAGE, BLOCK, "Try this @bob and @nobody-here, thanks @bob"),
                new Notice("key-bob", Notice.Kind.MENTION, "key-alice", PAGE, BLOCK, "Try this @bob and @nobody-here, thanks @bob")),
                notifier.sent);
    }

    @Test
    void nobodyHearsOfTheirOwnReply_andTheAuthorMentionedGetsOneNotice() {
        service.add(PAGE, BLOCK, "Note to self @alice, and @farid");
        assertEquals(List.of(Notice.Kind.REPLY), notifier.sent.stream().map(Notice::kind).toList());

        notifier.sent.clear();
        viewer.become("key-farid");
        service.add(PAGE, BLOCK, "Thanks all");
        assertTrue(notifier.sent.isEmpty(), "the author replying on their own block hears nothing");
    }
}
