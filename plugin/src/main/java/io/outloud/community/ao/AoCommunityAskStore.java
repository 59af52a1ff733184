package io.outloud.community.ao;

import io.outloud.common.ao.SqlIn;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.community.CommunityAsk;
import io.outloud.community.CommunityAskStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CommunityAskStore} on Active Objects: asks in COMMUNITY_ASK, which is also the fan-out queue (each ask keeps
 * how far its telling got), and the claimed batches in ASK_BATCH.
 */
public class AoCommunityAskStore implements CommunityAskStore {
    /** Enough for anyone's communities; IN lists stay far below every database's limit. */
    private static final int MAX_COMMUNITIES = 500;
    /** Concurrent asks of one person may take the same slot: each retry counts again. */
    private static final int SLOT_ATTEMPTS = 5;
    private static final String SHOWN = AoCommunityAsk.REMOVED + " = ?";

    private final ActiveObjects ao;

    public AoCommunityAskStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<CommunityAsk> add(String communityKey, String askerKey, String text, Instant at, int perDay) {
        Instant dayStart = at.truncatedTo(ChronoUnit.DAYS);
        String day = dayStart.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        for (int attempt = 1; ; attempt++) {
            int asked = ao.count(AoCommunityAsk.class, AoCommunityAsk.COMMUNITY_KEY + " = ? AND " + AoCommunityAsk.ASKER_KEY + " = ? AND "
                    + AoCommunityAsk.CREATED_AT + " >= ? AND " + AoCommunityAsk.CREATED_AT + " < ?", communityKey, askerKey,
                    dayStart.toEpochMilli(), dayStart.plus(1, ChronoUnit.DAYS).toEpochMilli());
            if (asked >= perDay) {
                return Optional.empty();
            }
            String slot = communityKey + "/" + askerKey + "/" + day + "/" + (asked + 1);
            try {
                AoCommunityAsk row = ao.executeInTransaction(() -> ao.create(AoCommunityAsk.class,
                        new DBParam(AoCommunityAsk.COMMUNITY_KEY, communityKey),
                        new DBParam(AoCommunityAsk.ASKER_KEY, askerKey),
                        new DBParam(AoCommunityAsk.TEXT, text),
                        new DBParam(AoCommunityAsk.CREATED_AT, at.toEpochMilli()),
                        new DBParam(AoCommunityAsk.ASK_SLOT, slot),
                        new DBParam(AoCommunityAsk.TOLD_UP_TO, 0L),
                        new DBParam(AoCommunityAsk.TOLD_ALL, false),
                        new DBParam(AoCommunityAsk.REMOVED, false)));
                return Optional.of(toAsk(row));
            } catch (RuntimeException e) {
                // A concurrent ask of the same person took the slot: count again (unless something else failed).
                if (attempt == SLOT_ATTEMPTS || ao.count(AoCommunityAsk.class, AoCommunityAsk.ASK_SLOT + " = ?", slot) == 0) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Optional<CommunityAsk> find(long id) {
        AoCommunityAsk[] rows = ao.find(AoCommunityAsk.class, Query.select().where("ID = ? AND " + SHOWN, id, false));
        return rows.length == 0 ? Optional.empty() : Optional.of(toAsk(rows[0]));
    }

    @Override
    public List<CommunityAsk> recent(Collection<String> communityKeys, Instant since, int limit) {
        if (communityKeys.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(communityKeys).subList(0, Math.min(communityKeys.size(), MAX_COMMUNITIES));
        List<Object> params = new ArrayList<>(keys);
        params.add(since.toEpochMilli());
        params.add(false);
        List<CommunityAsk> asks = new ArrayList<>();
        for (AoCommunityAsk row : ao.find(AoCommunityAsk.class, Query.select()
                .where(SqlIn.in(AoCommunityAsk.COMMUNITY_KEY, keys.size()) + " AND " + AoCommunityAsk.CREATED_AT + " >= ? AND " + SHOWN, params.toArray())
                .order(AoCommunityAsk.CREATED_AT + " DESC, ID DESC").limit(limit))) {
            asks.add(toAsk(row));
        }
        return asks;
    }

    @Override
    public void remove(long id) {
        ao.executeInTransaction(() -> {
            for (AoCommunityAsk row : ao.find(AoCommunityAsk.class, Query.select().where("ID = ?", id))) {
                row.setRemoved(true);
                row.save();
            }
            return null;
        });
    }

    @Override
    public int deleteCommunity(String communityKey) {
        List<Object> ids = new ArrayList<>();
        for (AoCommunityAsk row : ao.find(AoCommunityAsk.class, Query.select("ID").where(AoCommunityAsk.COMMUNITY_KEY + " = ?", communityKey))) {
            ids.add((long) row.getID());
        }
        for (int from = 0; from < ids.size(); from += MAX_COMMUNITIES) {
            List<Object> some = ids.subList(from, Math.min(from + MAX_COMMUNITIES, ids.size()));
            ao.deleteWithSQL(AoAskBatch.class, SqlIn.in(AoAskBatch.ASK_ID, some.size()),
                    some.toArray());
        }
        return ao.deleteWithSQL(AoCommunityAsk.class, AoCommunityAsk.COMMUNITY_KEY + " = ?", communityKey);
    }

    @Override
    public List<Pending> pending(int limit) {
        List<Pending> pending = new ArrayList<>();
        for (AoCommunityAsk row : ao.find(AoCommunityAsk.class, Query.select()
                .where(AoCommunityAsk.TOLD_ALL + " = ? AND " + SHOWN, false, false).order("ID ASC").limit(limit))) {
            pending.add(new Pending(toAsk(row), row.getToldUpTo()));
        }
        return pending;
    }

    /** The batch was claimed by another drainer, or its ask moved on or was removed: roll back, keep nothing. */
    private static final class NotOurs extends RuntimeException {
        NotOurs() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean tellBatch(long askId, long from, long to, int told, Instant at, Runnable tell) {
        String batchKey = askId + "/" + from;
        try {
            return ao.executeInTransaction(() -> {
                // The claim comes first: a second drainer of this batch fails here, or waits here and then fails.
                ao.create(AoAskBatch.class, new DBParam(AoAskBatch.BATCH_KEY, batchKey), new DBParam(AoAskBatch.ASK_ID, askId),
                        new DBParam(AoAskBatch.TOLD, told), new DBParam(AoAskBatch.AT, at.toEpochMilli()));
                AoCommunityAsk[] rows = ao.find(AoCommunityAsk.class, Query.select().where("ID = ?", askId));
                if (rows.length == 0 || rows[0].isRemoved() || rows[0].getToldUpTo() != from) {
                    throw new NotOurs();
                }
                tell.run();
                rows[0].setToldUpTo(to);
                rows[0].save();
                return true;
            });
        } catch (NotOurs e) {
            return false;
        } catch (RuntimeException e) {
            if (ao.count(AoAskBatch.class, AoAskBatch.BATCH_KEY + " = ?", batchKey) > 0) {
                return false; // another drainer kept this batch
            }
            throw e;
        }
    }

    @Override
    public void toldAll(long askId) {
        ao.executeInTransaction(() -> {
            for (AoCommunityAsk row : ao.find(AoCommunityAsk.class, Query.select().where("ID = ?", askId))) {
                row.setToldAll(true);
                row.save();
            }
            return null;
        });
    }

    private static CommunityAsk toAsk(AoCommunityAsk row) {
        return new CommunityAsk(row.getID(), row.getCommunityKey(), row.getAskerKey(), row.getText() == null ? "" : row.getText(),
                Instant.ofEpochMilli(row.getCreatedAt()));
    }
}
