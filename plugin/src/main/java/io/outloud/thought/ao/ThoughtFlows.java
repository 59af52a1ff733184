package io.outloud.thought.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.ao.RowBatch;
import io.outloud.insight.FlowEvent;
import io.outloud.insight.FlowKind;
import io.outloud.insight.FlowSource;
import net.java.ao.Query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The knowledge flow thoughts record on a day, for the insight roll-ups: feedback the thought's author took in that
 * day, from its giver (named or not: the roll-up keeps no person either way) to the author. One statement for the
 * feedback and one per {@value #BATCH} thoughts; feedback on trashed thoughts counts not.
 */
public class ThoughtFlows implements FlowSource {
    static final int BATCH = 500;
    private final ActiveObjects ao;

    public ThoughtFlows(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<FlowEvent> eventsOn(LocalDate day) {
        long from = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        AoFeedback[] taken = ao.find(AoFeedback.class, Query.select("ID, " + AoFeedback.GIVER_KEY + ", " + AoFeedback.PAGE_ID + ", " + AoFeedback.MACRO_ID)
                .where(AoFeedback.TAKEN_IN_AT + " >= ? AND " + AoFeedback.TAKEN_IN_AT + " < ?", from, to));
        Set<String> keys = new LinkedHashSet<>();
        for (AoFeedback piece : taken) {
            keys.add(AoThoughtStore.thoughtKey(piece.getPageId(), piece.getMacroId()));
        }
        Map<String, AoThought> thoughts = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int start = 0; start < all.size(); start += BATCH) {
            RowBatch batch = new RowBatch(all.subList(start, Math.min(all.size(), start + BATCH)).toArray());
            for (AoThought thought : ao.find(AoThought.class, Query.select("ID, " + AoThought.THOUGHT_KEY + ", " + AoThought.AUTHOR_KEY + ", "
                    + AoThought.COMMUNITY + ", " + AoThought.TRASHED).where(batch.in(AoThought.THOUGHT_KEY), batch.values()))) {
                thoughts.put(thought.getThoughtKey(), thought);
            }
        }
        List<FlowEvent> events = new ArrayList<>();
        for (AoFeedback piece : taken) {
            AoThought thought = thoughts.get(AoThoughtStore.thoughtKey(piece.getPageId(), piece.getMacroId()));
            if (thought != null && !thought.isTrashed()) {
                events.add(new FlowEvent(FlowKind.FEEDBACK_TAKEN_IN, piece.getGiverKey(), thought.getAuthorKey(), thought.getCommunity()));
            }
        }
        return events;
    }
}
