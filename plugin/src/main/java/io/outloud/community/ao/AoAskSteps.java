package io.outloud.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.community.AskSteps;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Objects;

/** {@link AskSteps} on Active Objects: one read of at most one row, on the indexed asker column (removed asks count too: they were asked). */
public class AoAskSteps implements AskSteps {
    private final ActiveObjects ao;

    public AoAskSteps(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean askedSince(String userKey, Instant since) {
        return ao.find(AoCommunityAsk.class, Query.select("ID").where(AoCommunityAsk.ASKER_KEY + " = ? AND " + AoCommunityAsk.CREATED_AT + " >= ?",
                userKey, since.toEpochMilli()).limit(1)).length > 0;
    }
}
