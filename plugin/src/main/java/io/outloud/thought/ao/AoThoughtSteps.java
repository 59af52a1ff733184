package io.outloud.thought.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.thought.ThoughtSteps;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Objects;

/** {@link ThoughtSteps} on Active Objects: one read of at most one row, on the indexed author column. */
public class AoThoughtSteps implements ThoughtSteps {
    private final ActiveObjects ao;

    public AoThoughtSteps(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean wroteSince(String userKey, Instant since) {
        return ao.find(AoThought.class, Query.select("ID").where(AoThought.AUTHOR_KEY + " = ? AND " + AoThought.CREATED_AT + " >= ?",
                userKey, since.toEpochMilli()).limit(1)).length > 0;
    }
}
