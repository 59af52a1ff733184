package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.wol.HelpOffer;
import io.outloud.wol.HelpStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link HelpStore} on Active Objects. */
public class AoHelpStore implements HelpStore {
    private final ActiveObjects ao;

    public AoHelpStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<HelpOffer> offer(long pageId, String macroId, String helperKey, String message, Instant at) {
        String uniqueKey = pageId + "|" + macroId + "|" + helperKey;
        try {
            // In a transaction of its own: PostgreSQL aborts a transaction after a failed insert.
            return Optional.of(ao.executeInTransaction(() -> toOffer(ao.create(AoHelpOffer.class,
                    new DBParam(AoHelpOffer.PAGE_ID, pageId),
                    new DBParam(AoHelpOffer.MACRO_ID, macroId),
                    new DBParam(AoHelpOffer.HELPER_KEY, helperKey),
                    new DBParam(AoHelpOffer.MESSAGE, message),
                    new DBParam(AoHelpOffer.UNIQUE_KEY, uniqueKey),
                    new DBParam(AoHelpOffer.CREATED_AT, at.toEpochMilli()),
                    new DBParam(AoHelpOffer.ACCEPTED, false)))));
        } catch (RuntimeException e) {
            // The unique key refused a second offer; anything else is a real failure and goes on.
            if (ao.count(AoHelpOffer.class, Query.select().where(AoHelpOffer.UNIQUE_KEY + " = ?", uniqueKey)) > 0) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<HelpOffer> find(long offerId) {
        if (offerId <= 0 || offerId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoHelpOffer.class, (int) offerId)).map(AoHelpStore::toOffer);
    }

    @Override
    public List<HelpOffer> page(long pageId, String macroId, Keyset after, int limit) {
        String where = AoHelpOffer.PAGE_ID + " = ? AND " + AoHelpOffer.MACRO_ID + " = ?" + KeysetSql.past(AoHelpOffer.CREATED_AT, after, true);
        return map(ao.find(AoHelpOffer.class, Query.select().where(where, KeysetSql.parameters(List.of(pageId, macroId), after))
                .order(KeysetSql.order(AoHelpOffer.CREATED_AT, true)).limit(limit)));
    }

    @Override
    public int countOpen(long pageId, String macroId) {
        return ao.count(AoHelpOffer.class, Query.select().where(AoHelpOffer.PAGE_ID + " = ? AND " + AoHelpOffer.MACRO_ID + " = ? AND "
                + AoHelpOffer.ACCEPTED + " = ?", pageId, macroId, false));
    }

    @Override
    public Optional<HelpOffer> byHelper(long pageId, String macroId, String helperKey) {
        return first(Query.select().where(AoHelpOffer.UNIQUE_KEY + " = ?", pageId + "|" + macroId + "|" + helperKey));
    }

    @Override
    public Optional<HelpOffer> accepted(long pageId, String macroId) {
        return first(Query.select().where(AoHelpOffer.PAGE_ID + " = ? AND " + AoHelpOffer.MACRO_ID + " = ? AND "
                + AoHelpOffer.ACCEPTED + " = ?", pageId, macroId, true).order("ID ASC"));
    }

    private Optional<HelpOffer> first(Query query) {
        return map(ao.find(AoHelpOffer.class, query.limit(1))).stream().findFirst();
    }

    @Override
    public List<HelpOffer> forPage(long pageId) {
        return map(ao.find(AoHelpOffer.class, Query.select().where(AoHelpOffer.PAGE_ID + " = ?", pageId).order("ID ASC")));
    }

    @Override
    public boolean withdraw(long pageId, String macroId, String helperKey) {
        return ao.deleteWithSQL(AoHelpOffer.class, AoHelpOffer.UNIQUE_KEY + " = ?", pageId + "|" + macroId + "|" + helperKey) > 0;
    }

    @Override
    public void accept(long offerId) {
        ao.executeInTransaction(() -> {
            AoHelpOffer offer = find(offerId).isEmpty() ? null : ao.get(AoHelpOffer.class, (int) offerId);
            if (offer != null) {
                for (AoHelpOffer other : ao.find(AoHelpOffer.class, Query.select().where(AoHelpOffer.PAGE_ID + " = ? AND "
                        + AoHelpOffer.MACRO_ID + " = ?", offer.getPageId(), offer.getMacroId()))) {
                    if (other.isAccepted() && other.getID() != offer.getID()) {
                        other.setAccepted(false);
                        other.save();
                    }
                }
                offer.setAccepted(true);
                offer.save();
                gettingHelp(ao, offer.getPageId(), offer.getMacroId(), true);
            }
            return null;
        });
    }

    @Override
    public boolean reopen(long pageId, String macroId) {
        return ao.executeInTransaction(() -> {
            boolean was = false;
            for (AoHelpOffer accepted : ao.find(AoHelpOffer.class, Query.select().where(AoHelpOffer.PAGE_ID + " = ? AND " + AoHelpOffer.MACRO_ID
                    + " = ? AND " + AoHelpOffer.ACCEPTED + " = ?", pageId, macroId, true))) {
                accepted.setAccepted(false);
                accepted.save();
                was = true;
            }
            gettingHelp(ao, pageId, macroId, false);
            return was;
        });
    }

    /** The block's own flag, which the stream's "who needs help" filters on in its one query (inside the caller's transaction). */
    static void gettingHelp(ActiveObjects ao, long pageId, String macroId, boolean gettingHelp) {
        for (AoBlock block : ao.find(AoBlock.class, Query.select().where(AoBlock.BLOCK_KEY + " = ?", AoBlockStore.blockKey(pageId, macroId)))) {
            if (block.isGettingHelp() != gettingHelp) {
                block.setGettingHelp(gettingHelp);
                block.save();
            }
        }
    }

    @Override
    public int deleteByPage(long pageId) {
        return ao.deleteWithSQL(AoHelpOffer.class, AoHelpOffer.PAGE_ID + " = ?", pageId);
    }

    private static List<HelpOffer> map(AoHelpOffer[] rows) {
        return Arrays.stream(rows).map(AoHelpStore::toOffer).toList();
    }

    static HelpOffer toOffer(AoHelpOffer row) {
        return new HelpOffer(row.getID(), row.getPageId(), row.getMacroId(), row.getHelperKey(), row.getMessage(),
                Instant.ofEpochMilli(row.getCreatedAt()), row.isAccepted());
    }
}
