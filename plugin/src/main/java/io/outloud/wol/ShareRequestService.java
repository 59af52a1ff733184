package io.outloud.wol;

import io.outloud.content.MacroAccess;
import io.outloud.common.Failure;
import io.outloud.common.Keyset;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.content.PageAccess;
import io.outloud.content.PageLifecycle;
import io.outloud.content.PageRef;
import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ask to share: from a block (its card, its author's card, a stream item) a signed-in colleague asks the block's
 * author to work out loud about a topic. The askee sees their open requests, answers one by writing a block whose
 * {@code answers} parameter names it (counted only when that block is theirs and they saved it), or declines without a
 * reason, which tells the asker nothing beyond the request's state (and the same question rests for 30 days). The askee
 * hears of a request, the asker of its answer. Requests are private to the two of them: nobody else can list them,
 * and the card of an answering block names the asker and the topic to those two only.
 */
public class ShareRequestService implements PageLifecycle {
    /** Open requests one person may have at a time: asking is cheap, being asked should not become a burden. */
    public static final int MAX_OPEN_ASKED = 20;
    /** How long a declined question rests before the same asker may put it to the same person again. */
    public static final Duration DECLINE_REST = Duration.ofDays(30);

    private final ShareRequestStore store;
    private final BlockStore blocks;
    private final PageAccess pages;
    private final MacroAccess access;
    private final Viewer viewer;
    private final Notifier notifier;
    private final Clock clock;

    public ShareRequestService(ShareRequestStore store, BlockStore blocks, PageAccess pages, Viewer viewer, Notifier notifier, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.blocks = Objects.requireNonNull(blocks);
        this.pages = Objects.requireNonNull(pages);
        this.access = new MacroAccess(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A request as its reader may follow it: the page it was asked from and the page of its answer, each only when
     * the reader may view it now.
     */
    public record Listed(ShareRequest request, Optional<PageRef> askedOn, Optional<PageRef> answeredOn) {
    }

    /** Asks the author of the block at {@code pageId}/{@code macroId} to share about {@code topic}. */
    public ShareRequest ask(long pageId, String macroId, String topic) {
        String me = viewer.requireUserKey();
        String valid = ShareTopic.validate(topic);
        access.requireViewable(pageId, macroId);
        Block block = blocks.find(pageId, macroId).orElseThrow(OutloudException::notFound);
        if (block.authorKey().equals(me)) {
            throw OutloudException.invalid("outloud.wol.ask.error.self");
        }
        if (store.declinedSince(me, block.authorKey(), valid, clock.instant().minus(DECLINE_REST))) {
            // A decline is an answer too: the same question is not put again to the same person for a while.
            throw new OutloudException(Failure.CONFLICT, "outloud.wol.ask.error.declined");
        }
        if (store.countOpenAskedBy(me) >= MAX_OPEN_ASKED) {
            throw new OutloudException(Failure.CONFLICT, "outloud.wol.ask.error.too-many", MAX_OPEN_ASKED);
        }
        ShareRequest request = store.create(me, block.authorKey(), valid, pageId, macroId, clock.instant())
                .orElseThrow(() -> new OutloudException(Failure.CONFLICT, "outloud.wol.ask.error.already-asked"));
        notifier.notify(new Notice(block.authorKey(), Notice.Kind.SHARE_ASKED, me, pageId, macroId, valid, request.id()));
        return request;
    }

    /** A page of the current person's open requests, newest first. */
    public Page<Listed> incoming(PageRequest request) {
        return listed(store.openFor(viewer.requireUserKey(), request.after(), request.fetch()), request);
    }

    /** A page of what the current person asked, newest first, with each request's state. */
    public Page<Listed> outgoing(PageRequest request) {
        return listed(store.askedBy(viewer.requireUserKey(), request.after(), request.fetch()), request);
    }

    /** Declines an open request to the current person; nobody else's request exists for them. */
    public ShareRequest decline(long id) {
        String me = viewer.requireUserKey();
        ShareRequest request = store.find(id).filter(r -> r.askeeKey().equals(me)).orElseThrow(OutloudException::notFound);
        if (!request.isOpen() || !store.decline(id, clock.instant())) {
            throw new OutloudException(Failure.CONFLICT, "outloud.wol.ask.error.closed");
        }
        return store.find(id).orElseThrow(OutloudException::notFound);
    }

    /**
     * A page was saved by {@code editorKey}: each block on it that names an open request answers it, if the block is
     * the askee's own and the askee made this save (so nobody answers in someone else's name, not even by editing the
     * askee's block). The asker hears of it.
     */
    @Override
    public void pageSaved(long pageId, String spaceKey, String editorKey, String storage) {
        for (Map.Entry<String, Long> answer : StorageBlocks.answers(storage).entrySet()) {
            Optional<ShareRequest> request = store.find(answer.getValue()).filter(ShareRequest::isOpen)
                    .filter(r -> r.askeeKey().equals(editorKey));
            Optional<Block> block = blocks.find(pageId, answer.getKey());
            if (request.isPresent() && block.isPresent() && block.get().authorKey().equals(editorKey)
                    && store.answer(request.get().id(), pageId, answer.getKey(), clock.instant())) {
                ShareRequest answered = request.get();
                notifier.notify(new Notice(answered.askerKey(), Notice.Kind.SHARE_ANSWERED, answered.askeeKey(), pageId,
                        answer.getKey(), answered.topic()));
            }
        }
    }

    public String viewerKey() {
        return viewer.userKey().orElse("");
    }

    /** Whether the current person may ask the author of a block to share: signed in, and not the author. */
    public boolean mayAsk(String authorKey) {
        String me = viewerKey();
        return !me.isEmpty() && !me.equals(authorKey);
    }

    private Page<Listed> listed(List<ShareRequest> fetched, PageRequest request) {
        Map<Long, Optional<PageRef>> viewable = new HashMap<>();
        return Page.of(fetched, request, r -> Keyset.of(r.createdAt(), r.id())).map(r -> new Listed(r,
                page(viewable, r.pageId()).filter(p -> p.containsMacro(r.macroId())),
                r.hasAnswerBlock() ? page(viewable, r.answerPageId()).filter(p -> p.containsMacro(r.answerMacroId())) : Optional.empty()));
    }

    /** One permission check per distinct page, however many requests point at it. */
    private Optional<PageRef> page(Map<Long, Optional<PageRef>> viewable, long pageId) {
        return pageId <= 0 ? Optional.empty() : viewable.computeIfAbsent(pageId, pages::viewablePage);
    }
}
