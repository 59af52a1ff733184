package io.outloud.wol;

import io.outloud.content.MacroAccess;
import io.outloud.common.Failure;
import io.outloud.common.Keyset;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Offers of help on a block that asks for it (status stuck, or a help-wanted line): signed-in readers other than
 * the author offer help with a short message, one open offer each, and may withdraw it; the author sees every
 * offer and accepts one. Only the author reads other people's messages; everyone else sees how many offers there
 * are, their own offer, and who is helping. The author hears of offers, the helper of being accepted.
 *
 * <p>Accepting an offer means the block is getting help: a stuck block leaves "who needs help" until its author
 * reopens it ("still stuck"), which ends the acceptance (the helper's offer is open again, theirs to withdraw). The
 * accepted helper cannot withdraw in the meantime: the author counts on them, and only the author reopens.
 */
public class HelpService {
    private final HelpStore store;
    private final BlockStore blocks;
    private final MacroAccess access;
    private final Viewer viewer;
    private final Notifier notifier;
    private final Clock clock;

    public HelpService(HelpStore store, BlockStore blocks, PageAccess pages, Viewer viewer, Notifier notifier, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.blocks = Objects.requireNonNull(blocks);
        this.access = new MacroAccess(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * What the current reader may know of the offers on a block. {@code offers} holds every offer for the author,
     * only the reader's own for anyone else; {@code helper} is the accepted offer without its message unless the
     * reader is the author or the helper.
     */
    public record Board(boolean helpWanted, boolean author, int openOffers, List<HelpOffer> offers, Optional<HelpOffer> mine,
                        Optional<HelpOffer> helper, Optional<Keyset> next) {

        /** The author accepted an offer and has not reopened the block. */
        public boolean gettingHelp() {
            return helper.isPresent();
        }

        /** The reader's own offer is the accepted one: they are helping (and have nothing to withdraw). */
        public boolean readerHelps() {
            return mine.map(HelpOffer::accepted).orElse(false);
        }

        /** Signed in, not the author, no offer yet and nobody helping yet: the reader may offer help. */
        public boolean mayOffer(boolean signedIn) {
            return signedIn && !author && mine.isEmpty() && !gettingHelp();
        }

        /** The i18n key of the first sentence of the help line, which takes the helper's name as {0}; empty while nobody helps. */
        public Optional<String> helperKey() {
            return helper.map(h -> readerHelps() ? "outloud.wol.help.helping-you" : "outloud.wol.help.helping");
        }

        /**
         * The i18n key of the count sentence (the number as {0}): "2 offers of help." while nobody helps, "1 other offer."
         * beside the helper; empty when a helper has no others beside them.
         */
        public Optional<String> countKey() {
            if (gettingHelp()) {
                return openOffers == 0 ? Optional.empty()
                        : Optional.of(openOffers == 1 ? "outloud.wol.help.others.one" : "outloud.wol.help.others.many");
            }
            return Optional.of(HelpService.countKey(openOffers));
        }
    }

    /** The board with the first page of offers. */
    public Board board(long pageId, String macroId) {
        return board(pageId, macroId, PageRequest.first(0));
    }

    /**
     * The board with one page of the offers (oldest first) for the author: a fixed number of statements whatever the
     * number of offers (a page, the open count, the reader's own offer, the accepted one).
     */
    public Board board(long pageId, String macroId, PageRequest request) {
        PageRef page = access.requireViewable(pageId, macroId);
        Block block = blocks.find(pageId, macroId).orElseThrow(OutloudException::notFound);
        String reader = viewer.userKey().orElse("");
        boolean author = block.authorKey().equals(reader);
        Optional<HelpOffer> mine = reader.isEmpty() ? Optional.empty() : store.byHelper(pageId, macroId, reader);
        Optional<HelpOffer> helper = store.accepted(pageId, macroId)
                .map(o -> author || o.helperKey().equals(reader) ? o : withoutMessage(o));
        Page<HelpOffer> offers = author
                ? Page.of(store.page(pageId, macroId, request.after(), request.fetch()), request, o -> Keyset.of(o.createdAt(), o.id()))
                : new Page<>(mine.map(List::of).orElse(List.of()), Optional.empty());
        return new Board(StorageBlocks.helpWanted(page.storageBody()).contains(macroId), author, store.countOpen(pageId, macroId),
                offers.items(), mine, helper, offers.next());
    }

    /** The board as a reader may see it; also used by the block card, from the offers of its page. */
    public static Board board(boolean helpWanted, Block block, List<HelpOffer> offers, String readerKey) {
        boolean author = block.authorKey().equals(readerKey);
        Optional<HelpOffer> mine = readerKey.isEmpty() ? Optional.empty()
                : offers.stream().filter(o -> o.helperKey().equals(readerKey)).findFirst();
        Optional<HelpOffer> helper = offers.stream().filter(HelpOffer::accepted).findFirst()
                .map(o -> author || o.helperKey().equals(readerKey) ? o : withoutMessage(o));
        int open = (int) offers.stream().filter(o -> !o.accepted()).count();
        return new Board(helpWanted, author, open, author ? List.copyOf(offers) : mine.map(List::of).orElse(List.of()), mine, helper,
                Optional.empty());
    }

    public HelpOffer offer(long pageId, String macroId, String message) {
        String me = viewer.requireUserKey();
        String valid = HelpText.validate(message);
        PageRef page = access.requireOpen(pageId, macroId, StorageBlocks.MACRO_NAME);
        Block block = blocks.find(pageId, macroId).orElseThrow(OutloudException::notFound);
        if (block.authorKey().equals(me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.wol.help.error.own-block");
        }
        if (!StorageBlocks.helpWanted(page.storageBody()).contains(macroId)) {
            throw OutloudException.invalid("outloud.wol.help.error.not-wanted");
        }
        HelpOffer offer = store.offer(pageId, macroId, me, valid, clock.instant())
                .orElseThrow(() -> new OutloudException(Failure.CONFLICT, "outloud.wol.help.error.already-offered"));
        notifier.notify(new Notice(block.authorKey(), Notice.Kind.HELP_OFFER, me, pageId, macroId, valid));
        return offer;
    }

    public void withdraw(long pageId, String macroId) {
        String me = viewer.requireUserKey();
        access.requireViewable(pageId, macroId);
        if (store.byHelper(pageId, macroId, me).map(HelpOffer::accepted).orElse(false)) {
            throw new OutloudException(Failure.CONFLICT, "outloud.wol.help.error.withdraw-accepted");
        }
        if (!store.withdraw(pageId, macroId, me)) {
            throw OutloudException.notFound();
        }
    }

    /**
     * The author says the block is still stuck: the acceptance ends and the block needs help again (back in "who needs
     * help"). Only the author; a conflict when nobody's offer is accepted.
     */
    public void reopen(long pageId, String macroId) {
        String me = viewer.requireUserKey();
        access.requireOpen(pageId, macroId, StorageBlocks.MACRO_NAME);
        Block block = blocks.find(pageId, macroId).orElseThrow(OutloudException::notFound);
        if (!block.authorKey().equals(me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.wol.help.error.reopen-author-only");
        }
        if (!store.reopen(pageId, macroId)) {
            throw new OutloudException(Failure.CONFLICT, "outloud.wol.help.error.not-getting-help");
        }
    }

    public HelpOffer accept(long pageId, String macroId, long offerId) {
        String me = viewer.requireUserKey();
        access.requireOpen(pageId, macroId, StorageBlocks.MACRO_NAME);
        Block block = blocks.find(pageId, macroId).orElseThrow(OutloudException::notFound);
        if (!block.authorKey().equals(me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.wol.help.error.author-only");
        }
        HelpOffer offer = store.find(offerId).filter(o -> o.pageId() == pageId && o.macroId().equals(macroId))
                .orElseThrow(OutloudException::notFound);
        if (!offer.accepted()) {
            store.accept(offer.id());
            notifier.notify(new Notice(offer.helperKey(), Notice.Kind.HELP_ACCEPTED, me, pageId, macroId, offer.message()));
        }
        return new HelpOffer(offer.id(), pageId, macroId, offer.helperKey(), offer.message(), offer.createdAt(), true);
    }

    /** The i18n key of "n offers of help": none, one or many (the texts take the number as {0}). */
    public static String countKey(int open) {
        return open == 0 ? "outloud.wol.help.count.none" : open == 1 ? "outloud.wol.help.count.one" : "outloud.wol.help.count.many";
    }

    public String viewerKey() {
        return viewer.userKey().orElse("");
    }

    private static HelpOffer withoutMessage(HelpOffer offer) {
        return new HelpOffer(offer.id(), offer.pageId(), offer.macroId(), offer.helperKey(), "", offer.createdAt(), true);
    }
}
