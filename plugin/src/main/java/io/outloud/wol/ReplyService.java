package io.outloud.wol;

import io.outloud.content.PostText;
import io.outloud.content.MacroAccess;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.content.PageAccess;
import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;
import io.outloud.people.PersonDirectory;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Replies under a block, one level deep: everyone who may view the page reads them; signed-in viewers reply;
 * only the author of a reply edits or deletes it.
 */
public class ReplyService {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 50;

    private final ReplyStore store;
    private final MacroAccess blocks;
    private final Viewer viewer;
    private final Clock clock;
    private final BlockStore blockStore;
    private final PersonDirectory people;
    private final Notifier notifier;

    /** Without notifications. */
    public ReplyService(ReplyStore store, PageAccess pages, Viewer viewer, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.blocks = new MacroAccess(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.clock = Objects.requireNonNull(clock);
        this.blockStore = null;
        this.people = null;
        this.notifier = Notifier.NONE;
    }

    /** Tells the block's author of a new reply and each person it @mentions (never the one who wrote it). */
    public ReplyService(ReplyStore store, PageAccess pages, Viewer viewer, Clock clock, BlockStore blockStore, PersonDirectory people,
                        Notifier notifier) {
        this.store = Objects.requireNonNull(store);
        this.blocks = new MacroAccess(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.clock = Objects.requireNonNull(clock);
        this.blockStore = Objects.requireNonNull(blockStore);
        this.people = Objects.requireNonNull(people);
        this.notifier = Objects.requireNonNull(notifier);
    }

    /** One page of replies, oldest first, and whether more follow. */
    public record ReplyPage(List<Reply> replies, boolean more) {
    }

    public ReplyPage list(long pageId, String macroId, long afterId, int limit) {
        blocks.requireViewable(pageId, macroId);
        if (afterId < 0) {
            throw OutloudException.invalid("outloud.wol.reply.error.cursor");
        }
        int size = limit <= 0 ? DEFAULT_PAGE_SIZE : Math.min(limit, MAX_PAGE_SIZE);
        List<Reply> found = store.page(pageId, macroId, afterId, size + 1);
        boolean more = found.size() > size;
        return new ReplyPage(more ? found.subList(0, size) : found, more);
    }

    public Reply add(long pageId, String macroId, String text) {
        String author = viewer.requireUserKey();
        String valid = PostText.validate(text);
        blocks.requireOpen(pageId, macroId, StorageBlocks.MACRO_NAME);
        Reply reply = store.add(pageId, macroId, author, valid, clock.instant());
        notifyAbout(reply);
        return reply;
    }

    /** After the reply is stored: the block's author hears of it, and each known person mentioned (once). */
    private void notifyAbout(Reply reply) {
        if (blockStore == null) {
            return;
        }
        String writer = reply.authorKey();
        String blockAuthor = blockStore.find(reply.pageId(), reply.macroId()).map(Block::authorKey).orElse(null);
        if (blockAuthor != null && !blockAuthor.equals(writer)) {
            notifier.notify(new Notice(blockAuthor, Notice.Kind.REPLY, writer, reply.pageId(), reply.macroId(), reply.text()));
        }
        for (String username : PostText.mentions(reply.text())) {
            people.userKeyOf(username)
                    .filter(key -> !key.equals(writer) && !key.equals(blockAuthor))
                    .ifPresent(key -> notifier.notify(new Notice(key, Notice.Kind.MENTION, writer, reply.pageId(), reply.macroId(), reply.text())));
        }
    }

    public Reply edit(long pageId, String macroId, long replyId, String text) {
        Reply reply = ownReply(pageId, macroId, replyId);
        String valid = PostText.validate(text);
        blocks.requireOpen(pageId, macroId, StorageBlocks.MACRO_NAME);
        store.edit(reply.id(), valid, clock.instant());
        return store.find(reply.id()).orElseThrow(OutloudException::notFound);
    }

    public void delete(long pageId, String macroId, long replyId) {
        store.delete(ownReply(pageId, macroId, replyId).id());
    }

    public String viewerKey() {
        return viewer.userKey().orElse("");
    }

    private Reply ownReply(long pageId, String macroId, long replyId) {
        String me = viewer.requireUserKey();
        blocks.requireViewable(pageId, macroId);
        Reply reply = store.find(replyId)
                .filter(r -> r.pageId() == pageId && r.macroId().equals(macroId))
                .orElseThrow(OutloudException::notFound);
        if (!reply.authorKey().equals(me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.wol.reply.error.not-yours");
        }
        return reply;
    }
}
