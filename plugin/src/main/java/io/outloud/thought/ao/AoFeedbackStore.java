package io.outloud.thought.ao;

import io.outloud.common.ao.SqlIn;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.thought.Feedback;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.FeedbackStore;
import io.outloud.thought.Thought;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link FeedbackStore} on Active Objects. */
public class AoFeedbackStore implements FeedbackStore {
    private final ActiveObjects ao;

    public AoFeedbackStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Feedback add(long pageId, String macroId, String giverKey, FeedbackKind kind, String text, boolean unnamed, boolean authorOnly,
                        Instant at) {
        return toFeedback(ao.create(AoFeedback.class,
                new DBParam(AoFeedback.PAGE_ID, pageId),
                new DBParam(AoFeedback.MACRO_ID, macroId),
                new DBParam(AoFeedback.GIVER_KEY, giverKey),
                new DBParam(AoFeedback.KIND, kind.name()),
                new DBParam(AoFeedback.BODY, text),
                new DBParam(AoFeedback.UNNAMED, unnamed),
                new DBParam(AoFeedback.AUTHOR_ONLY, authorOnly),
                new DBParam(AoFeedback.CREATED_AT, at.toEpochMilli()),
                new DBParam(AoFeedback.EDITED_AT, 0L),
                new DBParam(AoFeedback.TAKEN_IN_AT, 0L)));
    }

    @Override
    public Optional<Feedback> find(long feedbackId) {
        return row(feedbackId).map(AoFeedbackStore::toFeedback);
    }

    @Override
    public void edit(long feedbackId, FeedbackKind kind, String text, Instant at) {
        row(feedbackId).ifPresent(row -> {
            row.setKind(kind.name());
            row.setBody(text);
            row.setEditedAt(at.toEpochMilli());
            row.save();
        });
    }

    @Override
    public void delete(long feedbackId) {
        if (storable(feedbackId)) {
            ao.deleteWithSQL(AoFeedback.class, "ID = ?", (int) feedbackId);
        }
    }

    @Override
    public boolean takeIn(long feedbackId, Instant at) {
        Optional<AoFeedback> found = row(feedbackId);
        if (found.isEmpty() || found.get().getTakenInAt() != 0) {
            return false;
        }
        AoFeedback row = found.get();
        row.setTakenInAt(at.toEpochMilli());
        row.save();
        return true;
    }

    @Override
    public List<Feedback> forThought(long pageId, String macroId) {
        Query query = Query.select().where(AoFeedback.PAGE_ID + " = ? AND " + AoFeedback.MACRO_ID + " = ?", pageId, macroId)
                .order(AoFeedback.CREATED_AT + " ASC, ID ASC");
        return Arrays.stream(ao.find(AoFeedback.class, query)).map(AoFeedbackStore::toFeedback).toList();
    }

    @Override
    public List<Feedback> page(long pageId, String macroId, Visible visible, Keyset after, int limit) {
        List<Object> parameters = new java.util.ArrayList<>(List.of(pageId, macroId));
        String where = AoFeedback.PAGE_ID + " = ? AND " + AoFeedback.MACRO_ID + " = ?" + visibleTo(visible, parameters)
                + KeysetSql.past(AoFeedback.CREATED_AT, after, true);
        Query query = Query.select().where(where, KeysetSql.parameters(parameters, after))
                .order(KeysetSql.order(AoFeedback.CREATED_AT, true)).limit(limit);
        return Arrays.stream(ao.find(AoFeedback.class, query)).map(AoFeedbackStore::toFeedback).toList();
    }

    @Override
    public int count(long pageId, String macroId, Visible visible) {
        List<Object> parameters = new java.util.ArrayList<>(List.of(pageId, macroId));
        String where = AoFeedback.PAGE_ID + " = ? AND " + AoFeedback.MACRO_ID + " = ?" + visibleTo(visible, parameters);
        return ao.count(AoFeedback.class, Query.select().where(where, parameters.toArray()));
    }

    /** The condition of {@link Visible}, its parameters added. */
    private static String visibleTo(Visible visible, List<Object> parameters) {
        if (visible.everything()) {
            return "";
        }
        parameters.add(visible.readerKey());
        if (!visible.shared()) {
            return " AND " + AoFeedback.GIVER_KEY + " = ?";
        }
        parameters.add(false);
        return " AND (" + AoFeedback.GIVER_KEY + " = ? OR " + AoFeedback.AUTHOR_ONLY + " = ?)";
    }

    @Override
    public List<Feedback> forPage(long pageId) {
        Query query = Query.select().where(AoFeedback.PAGE_ID + " = ?", pageId).order(AoFeedback.CREATED_AT + " ASC, ID ASC");
        return Arrays.stream(ao.find(AoFeedback.class, query)).map(AoFeedbackStore::toFeedback).toList();
    }

    @Override
    public Map<String, int[]> countsFor(Collection<Thought> thoughts) {
        Map<String, int[]> counts = new HashMap<>();
        Set<Long> pageIds = new LinkedHashSet<>();
        Set<String> wanted = new java.util.HashSet<>();
        thoughts.forEach(thought -> {
            pageIds.add(thought.pageId());
            wanted.add(thought.pageId() + "/" + thought.macroId());
        });
        if (pageIds.isEmpty()) {
            return counts;
        }
        Query query = Query.select("ID, " + AoFeedback.PAGE_ID + ", " + AoFeedback.MACRO_ID + ", " + AoFeedback.TAKEN_IN_AT)
                .where(SqlIn.in(AoFeedback.PAGE_ID, pageIds.size()), pageIds.toArray());
        for (AoFeedback row : ao.find(AoFeedback.class, query)) {
            String key = row.getPageId() + "/" + row.getMacroId();
            if (wanted.contains(key)) {
                int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                count[0]++;
                if (row.getTakenInAt() == 0) {
                    count[1]++;
                }
            }
        }
        return counts;
    }

    @Override
    public int deleteByPage(long pageId) {
        return ao.deleteWithSQL(AoFeedback.class, AoFeedback.PAGE_ID + " = ?", pageId);
    }

    private Optional<AoFeedback> row(long feedbackId) {
        return storable(feedbackId) ? Optional.ofNullable(ao.get(AoFeedback.class, (int) feedbackId)) : Optional.empty();
    }

    /** AO ids are ints: anything outside 1..Integer.MAX_VALUE is no feedback (a cast would wrap onto another id). */
    private static boolean storable(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    private static Feedback toFeedback(AoFeedback row) {
        return new Feedback(row.getID(), row.getPageId(), row.getMacroId(), row.getGiverKey(), FeedbackKind.valueOf(row.getKind()),
                row.getBody(), row.isUnnamed(), row.isAuthorOnly(), Instant.ofEpochMilli(row.getCreatedAt()),
                row.getEditedAt() == 0 ? null : Instant.ofEpochMilli(row.getEditedAt()),
                row.getTakenInAt() == 0 ? null : Instant.ofEpochMilli(row.getTakenInAt()));
    }
}
