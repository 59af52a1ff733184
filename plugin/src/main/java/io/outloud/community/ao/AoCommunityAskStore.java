package io.outloud.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.community.CommunityAsk;
import io.outloud.community.CommunityAskStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** {@link CommunityAskStore} on Active Objects. */
public class AoCommunityAskStore implements CommunityAskStore {
    /** Enough for anyone's communities; IN lists stay far below every database's limit. */
    private static final int MAX_COMMUNITIES = 500;

    private final ActiveObjects ao;

    public AoCommunityAskStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public CommunityAsk add(String communityKey, String askerKey, String text, Instant at) {
        AoCommunityAsk row = ao.executeInTransaction(() -> ao.create(AoCommunityAsk.class,
                new DBParam(AoCommunityAsk.COMMUNITY_KEY, communityKey),
                new DBParam(AoCommunityAsk.ASKER_KEY, askerKey),
                new DBParam(AoCommunityAsk.TEXT, text),
                new DBParam(AoCommunityAsk.CREATED_AT, at.toEpochMilli())));
        return toAsk(row);
    }

    @Override
    public List<CommunityAsk> recent(Collection<String> communityKeys, Instant since, int limit) {
        if (communityKeys.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(communityKeys).subList(0, Math.min(communityKeys.size(), MAX_COMMUNITIES));
        List<Object> params = new ArrayList<>(keys);
        params.add(since.toEpochMilli());
        String in = String.join(", ", Collections.nCopies(keys.size(), "?"));
        List<CommunityAsk> asks = new ArrayList<>();
        for (AoCommunityAsk row : ao.find(AoCommunityAsk.class, Query.select()
                .where(AoCommunityAsk.COMMUNITY_KEY + " IN (" + in + ") AND " + AoCommunityAsk.CREATED_AT + " >= ?", params.toArray())
                .order(AoCommunityAsk.CREATED_AT + " DESC, ID DESC").limit(limit))) {
            asks.add(toAsk(row));
        }
        return asks;
    }

    @Override
    public int deleteCommunity(String communityKey) {
        return ao.deleteWithSQL(AoCommunityAsk.class, AoCommunityAsk.COMMUNITY_KEY + " = ?", communityKey);
    }

    private static CommunityAsk toAsk(AoCommunityAsk row) {
        return new CommunityAsk(row.getID(), row.getCommunityKey(), row.getAskerKey(), row.getText() == null ? "" : row.getText(),
                Instant.ofEpochMilli(row.getCreatedAt()));
    }
}
