package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.wol.Reaction;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.ReactionStore;
import io.outloud.wol.Reactor;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@link ReactionStore} on Active Objects. */
public class AoReactionStore implements ReactionStore {
    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;

    public AoReactionStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean toggle(long pageId, String macroId, String userKey, ReactionKind kind, Instant at) {
        String uniqueKey = pageId + "|" + macroId + "|" + userKey + "|" + kind.name();
        RuntimeException last = null;
        // Two clicks racing: one insert loses on the unique key; the retry, in a new transaction (PostgreSQL aborts
        // one after a failed insert), then removes the row the other click added.
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return ao.executeInTransaction(() -> toggleOnce(pageId, macroId, userKey, kind, at, uniqueKey));
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    private boolean toggleOnce(long pageId, String macroId, String userKey, ReactionKind kind, Instant at, String uniqueKey) {
        // Delete first and count: a row that a concurrent click deleted after we read it must not count as removed
        // by us too (two removals would lose a toggle), and the row lock orders concurrent deletes.
        if (ao.deleteWithSQL(AoReaction.class, AoReaction.UNIQUE_KEY + " = ?", uniqueKey) > 0) {
            return false;
        }
        ao.create(AoReaction.class,
                new DBParam(AoReaction.MACRO_ID, macroId),
                new DBParam(AoReaction.PAGE_ID, pageId),
                new DBParam(AoReaction.USER_KEY, userKey),
                new DBParam(AoReaction.KIND, kind.name()),
                new DBParam(AoReaction.UNIQUE_KEY, uniqueKey),
                new DBParam(AoReaction.CREATED_AT, at.toEpochMilli()));
        return true;
    }

    @Override
    public List<Reaction> forBlock(long pageId, String macroId) {
        return map(ao.find(AoReaction.class, Query.select()
                .where(AoReaction.PAGE_ID + " = ? AND " + AoReaction.MACRO_ID + " = ?", pageId, macroId)));
    }

    @Override
    public List<Reactor> reactors(long pageId, String macroId, ReactionKind kind, Keyset after, int limit) {
        String where = AoReaction.PAGE_ID + " = ? AND " + AoReaction.MACRO_ID + " = ? AND " + AoReaction.KIND + " = ?"
                + KeysetSql.past(AoReaction.CREATED_AT, after, true);
        Query query = Query.select("ID, " + AoReaction.USER_KEY + ", " + AoReaction.CREATED_AT)
                .where(where, KeysetSql.parameters(List.of(pageId, macroId, kind.name()), after))
                .order(KeysetSql.order(AoReaction.CREATED_AT, true))
                .limit(limit);
        return Arrays.stream(ao.find(AoReaction.class, query))
                .map(row -> new Reactor(row.getID(), row.getUserKey(), Instant.ofEpochMilli(row.getCreatedAt())))
                .toList();
    }

    @Override
    public List<Reaction> forPage(long pageId) {
        return map(ao.find(AoReaction.class, Query.select().where(AoReaction.PAGE_ID + " = ?", pageId)));
    }

    @Override
    public int deleteByPage(long pageId) {
        return ao.deleteWithSQL(AoReaction.class, AoReaction.PAGE_ID + " = ?", pageId);
    }

    private static List<Reaction> map(AoReaction[] rows) {
        return Arrays.stream(rows)
                .map(r -> new Reaction(r.getMacroId(), r.getUserKey(), ReactionKind.valueOf(r.getKind())))
                .toList();
    }
}
