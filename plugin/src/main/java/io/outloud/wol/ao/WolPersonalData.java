package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.common.ao.PersonTables;

import net.java.ao.Query;

import java.util.List;

/**
 * What working-out-loud blocks hold about a person. Erasing removes their reactions, views and requests to share (asked
 * or asked of them); their replies and offers of help go or stay without a name; their blocks stay on their pages (the
 * page is Confluence's) without an author. Counts of reactions and views are counted from the rows, so they stay right.
 */
public class WolPersonalData extends PersonTables {

    public WolPersonalData(ActiveObjects ao) {
        super(ao, List.of(
                new Column("blocks", AoBlock.class, AoBlock.AUTHOR_KEY),
                new Column("reactions", AoReaction.class, AoReaction.USER_KEY),
                new Column("replies", AoReply.class, AoReply.AUTHOR_KEY),
                new Column("views", AoView.class, AoView.USER_KEY),
                new Column("blocksSeen", AoViewer.class, AoViewer.USER_KEY),
                new Column("helpOffers", AoHelpOffer.class, AoHelpOffer.HELPER_KEY),
                new Column("requestsToShareAsked", AoShareRequest.class, AoShareRequest.ASKER_KEY),
                new Column("requestsToShareReceived", AoShareRequest.class, AoShareRequest.ASKEE_KEY)));
    }

    @Override
    public void erase(String userKey, TextsOnErasure texts) {
        ao.executeInTransaction(() -> {
            delete(AoReaction.class, AoReaction.USER_KEY, userKey);
            delete(AoView.class, AoView.USER_KEY, userKey);
            delete(AoViewer.class, AoViewer.USER_KEY, userKey);
            delete(AoShareRequest.class, AoShareRequest.ASKER_KEY, userKey);
            delete(AoShareRequest.class, AoShareRequest.ASKEE_KEY, userKey);
            if (texts == TextsOnErasure.DELETE) {
                delete(AoReply.class, AoReply.AUTHOR_KEY, userKey);
                // a block whose accepted helper goes needs help again
                for (AoHelpOffer accepted : ao.find(AoHelpOffer.class, Query.select().where(AoHelpOffer.HELPER_KEY + " = ? AND "
                        + AoHelpOffer.ACCEPTED + " = ?", userKey, true))) {
                    AoHelpStore.gettingHelp(ao, accepted.getPageId(), accepted.getMacroId(), false);
                }
                delete(AoHelpOffer.class, AoHelpOffer.HELPER_KEY, userKey);
            } else {
                anonymise(AoReply.class, AoReply.AUTHOR_KEY, userKey, row -> { });
                anonymise(AoHelpOffer.class, AoHelpOffer.HELPER_KEY, userKey, row -> row.setUniqueKey(erasedSlot(row)));
            }
            anonymise(AoBlock.class, AoBlock.AUTHOR_KEY, userKey, row -> { });
            return null;
        });
    }
}
