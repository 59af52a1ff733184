package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.wol.OwnSteps;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/** {@link OwnSteps} on Active Objects: one "is there a row" read (limit 1) per step, each on an indexed person column. */
public class AoOwnSteps implements OwnSteps {
    private final ActiveObjects ao;

    public AoOwnSteps(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Taken since(String userKey, Instant since) {
        long from = since.toEpochMilli();
        return new Taken(
                any(AoView.class, AoView.USER_KEY + " = ? AND " + AoView.SEEN_DAY + " >= ?", userKey, since.atOffset(ZoneOffset.UTC).toLocalDate().toString()),
                any(AoReaction.class, AoReaction.USER_KEY + " = ? AND " + AoReaction.CREATED_AT + " >= ?", userKey, from),
                any(AoReply.class, AoReply.AUTHOR_KEY + " = ? AND " + AoReply.CREATED_AT + " >= ?", userKey, from),
                any(AoBlock.class, AoBlock.AUTHOR_KEY + " = ? AND " + AoBlock.CREATED_AT + " >= ?", userKey, from));
    }

    private boolean any(Class<? extends Entity> table, String where, Object... parameters) {
        return ao.find(table, Query.select("ID").where(where, parameters).limit(1)).length > 0;
    }
}
