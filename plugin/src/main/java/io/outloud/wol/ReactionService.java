package io.outloud.wol;

import io.outloud.content.MacroAccess;
import io.outloud.common.Viewer;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Reacting to a working-out-loud block. Everyone who may view the page sees the reactions; signed-in people
 * who may view it react. A block that is not on the page, or a page the person may not view, is "not found"
 * alike, so nobody learns that a page they cannot see exists.
 */
public class ReactionService {
    private final ReactionStore store;
    private final MacroAccess blocks;
    private final Viewer viewer;
    private final Clock clock;

    public ReactionService(ReactionStore store, PageAccess pages, Viewer viewer, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.blocks = new MacroAccess(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.clock = Objects.requireNonNull(clock);
    }

    public ReactionSummary summary(long pageId, String macroId) {
        blocks.requireViewable(pageId, macroId);
        return ReactionSummary.of(macroId, store.forBlock(pageId, macroId), viewer.userKey().orElse(""));
    }

    public ReactionSummary toggle(long pageId, String macroId, String kindCode) {
        String userKey = viewer.requireUserKey();
        ReactionKind kind = ReactionKind.parse(kindCode);
        PageRef page = blocks.requireOpen(pageId, macroId, StorageBlocks.MACRO_NAME);
        if (kind == ReactionKind.CAN_HELP && StorageBlocks.helpWanted(page.storageBody()).contains(macroId)
                && !ReactionSummary.of(macroId, store.forBlock(pageId, macroId), userKey).isMine(kind)) {
            // One "I can help" where help is asked: the offer, which the author sees and can accept (taking one back stays possible).
            throw new OutloudException(Failure.CONFLICT, "outloud.wol.reaction.error.offer-instead");
        }
        store.toggle(pageId, macroId, userKey, kind, clock.instant());
        return ReactionSummary.of(macroId, store.forBlock(pageId, macroId), userKey);
    }

    /** The reactions of every block on a page the caller is rendering (it checked view permission already). */
    public List<Reaction> forRenderedPage(long pageId) {
        return store.forPage(pageId);
    }

    public String viewerKey() {
        return viewer.userKey().orElse("");
    }
}
