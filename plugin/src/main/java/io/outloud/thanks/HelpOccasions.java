package io.outloud.thanks;

import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.content.PageAccess;
import io.outloud.wol.BlockStore;
import io.outloud.wol.HelpOffer;
import io.outloud.wol.HelpStore;

import java.util.Objects;
import java.util.Optional;

/** An accepted offer of help on a block the current person may view: the block's author was helped by the helper. */
public class HelpOccasions implements OccasionFinder {
    private final HelpStore offers;
    private final BlockStore blocks;
    private final PageAccess pages;

    public HelpOccasions(HelpStore offers, BlockStore blocks, PageAccess pages) {
        this.offers = Objects.requireNonNull(offers);
        this.blocks = Objects.requireNonNull(blocks);
        this.pages = Objects.requireNonNull(pages);
    }

    @Override
    public Occasion occasion() {
        return Occasion.HELP;
    }

    @Override
    public Optional<Helped> find(long id, String partner) {
        return offers.find(id).filter(HelpOffer::accepted).filter(offer -> pages.viewablePage(offer.pageId()).isPresent())
                .flatMap(offer -> blocks.find(offer.pageId(), offer.macroId())
                        .map(block -> new Helped(block.authorKey(), offer.helperKey(), false, TextsOnErasure.ERASED.equals(offer.helperKey()))));
    }
}
