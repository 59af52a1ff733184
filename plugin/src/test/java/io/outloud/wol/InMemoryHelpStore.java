package io.outloud.wol;

import io.outloud.common.InMemoryKeyset;
import io.outloud.common.Keyset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link HelpStore} in memory, with the unique (block, helper) rule; the block's getting-help flag on the given block store. */
public final class InMemoryHelpStore implements HelpStore {
    private final List<HelpOffer> offers = new ArrayList<>();
    private final InMemoryBlockStore blocks;
    private long nextId = 1;

    public InMemoryHelpStore() {
        this(new InMemoryBlockStore());
    }

    public InMemoryHelpStore(InMemoryBlockStore blocks) {
        this.blocks = blocks;
    }

    @Override
    public synchronized Optional<HelpOffer> offer(long pageId, String macroId, String helperKey, String message, Instant at) {
        if (offers.stream().anyMatch(o -> o.pageId() == pageId && o.macroId().equals(macroId) && o.helperKey().equals(helperKey))) {
            return Optional.empty();
        }
        HelpOffer offer = new HelpOffer(nextId++, pageId, macroId, helperKey, message, at, false);
        offers.add(offer);
        return Optional.of(offer);
    }

    @Override
    public synchronized Optional<HelpOffer> find(long offerId) {
        return offers.stream().filter(o -> o.id() == offerId).findFirst();
    }

    @Override
    public synchronized List<HelpOffer> page(long pageId, String macroId, Keyset after, int limit) {
        return InMemoryKeyset.page(onBlock(pageId, macroId), HelpOffer::createdAt, HelpOffer::id, after, true, limit);
    }

    @Override
    public synchronized int countOpen(long pageId, String macroId) {
        return (int) onBlock(pageId, macroId).filter(o -> !o.accepted()).count();
    }

    @Override
    public synchronized Optional<HelpOffer> byHelper(long pageId, String macroId, String helperKey) {
        return onBlock(pageId, macroId).filter(o -> o.helperKey().equals(helperKey)).findFirst();
    }

    @Override
    public synchronized Optional<HelpOffer> accepted(long pageId, String macroId) {
        return onBlock(pageId, macroId).filter(HelpOffer::accepted).findFirst();
    }

    private java.util.stream.Stream<HelpOffer> onBlock(long pageId, String macroId) {
        return offers.stream().filter(o -> o.pageId() == pageId && o.macroId().equals(macroId));
    }

    /** How often a page's offers were read at once (a page render reads them at most once). */
    int pageReads;

    @Override
    public synchronized List<HelpOffer> forPage(long pageId) {
        pageReads++;
        return offers.stream().filter(o -> o.pageId() == pageId).toList();
    }

    @Override
    public synchronized boolean withdraw(long pageId, String macroId, String helperKey) {
        return offers.removeIf(o -> o.pageId() == pageId && o.macroId().equals(macroId) && o.helperKey().equals(helperKey));
    }

    @Override
    public synchronized void accept(long offerId) {
        find(offerId).ifPresent(accepted -> {
            offers.replaceAll(o -> o.pageId() == accepted.pageId() && o.macroId().equals(accepted.macroId())
                    ? new HelpOffer(o.id(), o.pageId(), o.macroId(), o.helperKey(), o.message(), o.createdAt(), o.id() == offerId) : o);
            blocks.gettingHelp(accepted.pageId(), accepted.macroId(), true);
        });
    }

    @Override
    public synchronized boolean reopen(long pageId, String macroId) {
        boolean was = accepted(pageId, macroId).isPresent();
        offers.replaceAll(o -> o.pageId() == pageId && o.macroId().equals(macroId)
                ? new HelpOffer(o.id(), o.pageId(), o.macroId(), o.helperKey(), o.message(), o.createdAt(), false) : o);
        blocks.gettingHelp(pageId, macroId, false);
        return was;
    }

    @Override
    public synchronized int deleteByPage(long pageId) {
        int before = offers.size();
        offers.removeIf(o -> o.pageId() == pageId);
        return before - offers.size();
    }
}
