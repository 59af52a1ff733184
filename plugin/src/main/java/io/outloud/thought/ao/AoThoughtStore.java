package io.outloud.thought.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.content.MacroIdentity;
import io.outloud.common.Keyset;
import io.outloud.common.ao.KeysetSql;
import io.outloud.thought.Thought;
import io.outloud.thought.ThoughtStage;
import io.outloud.thought.ThoughtStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link ThoughtStore} on Active Objects. Entities never leave this class. */
public class AoThoughtStore implements ThoughtStore {
    private final ActiveObjects ao;

    public AoThoughtStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    static String thoughtKey(long pageId, String macroId) {
        return pageId + "/" + macroId;
    }

    @Override
    public Thought create(MacroIdentity identity, String authorKey, ThoughtStage stage, String question, Instant at) {
        String key = thoughtKey(identity.pageId(), identity.macroId());
        Optional<Thought> known = find(identity.pageId(), identity.macroId());
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return ao.executeInTransaction(() -> toThought(ao.create(AoThought.class,
                    new DBParam(AoThought.THOUGHT_KEY, key),
                    new DBParam(AoThought.MACRO_ID, identity.macroId()),
                    new DBParam(AoThought.PAGE_ID, identity.pageId()),
                    new DBParam(AoThought.SPACE_KEY, identity.spaceKey()),
                    new DBParam(AoThought.AUTHOR_KEY, authorKey),
                    new DBParam(AoThought.STAGE, stage.name()),
                    new DBParam(AoThought.PAGE_STAGE, stage.name()),
                    new DBParam(AoThought.QUESTION, question),
                    new DBParam(AoThought.CREATED_AT, at.toEpochMilli()),
                    new DBParam(AoThought.TOUCHED_AT, at.toEpochMilli()),
                    new DBParam(AoThought.NOTIFIED_AT, 0L),
                    new DBParam(AoThought.NOTIFIED_UP_TO, 0L),
                    new DBParam(AoThought.OWED_SINCE, 0L),
                    new DBParam(AoThought.TRASHED, false))));
        } catch (RuntimeException e) {
            // Two saves registering the same thought at once: the unique key let one through, which both now use.
            return find(identity.pageId(), identity.macroId()).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<Thought> find(long pageId, String macroId) {
        return Arrays.stream(rows(pageId, macroId)).findFirst().map(AoThoughtStore::toThought);
    }

    @Override
    public List<Thought> findByPage(long pageId) {
        Query query = Query.select().where(AoThought.PAGE_ID + " = ?", pageId).order(AoThought.CREATED_AT + " ASC, ID ASC");
        return Arrays.stream(ao.find(AoThought.class, query)).map(AoThoughtStore::toThought).toList();
    }

    @Override
    public void pageSaved(long pageId, String macroId, ThoughtStage pageStage, String question) {
        for (AoThought row : rows(pageId, macroId)) {
            if (!row.getPageStage().equals(pageStage.name())) {
                row.setPageStage(pageStage.name());
                row.setStage(pageStage.name()); // the page's parameter changed: the editor chose this stage
            }
            row.setQuestion(question);
            row.save();
        }
    }

    @Override
    public void moveStage(long pageId, String macroId, ThoughtStage stage, Instant at) {
        for (AoThought row : rows(pageId, macroId)) {
            row.setStage(stage.name());
            row.setTouchedAt(at.toEpochMilli());
            row.save();
        }
    }

    @Override
    public void touch(long pageId, String macroId, Instant at) {
        for (AoThought row : rows(pageId, macroId)) {
            row.setTouchedAt(at.toEpochMilli());
            row.save();
        }
    }

    @Override
    public void markNoticeOwed(long thoughtId, Instant at) {
        row(thoughtId).filter(row -> row.getOwedSince() == 0).ifPresent(row -> {
            row.setOwedSince(Math.max(1L, at.toEpochMilli()));
            row.save();
        });
    }

    @Override
    public List<Thought> noticesOwed(Instant cutoff, int limit) {
        Query query = Query.select()
                .where(AoThought.OWED_SINCE + " > ? AND " + AoThought.OWED_SINCE + " <= ?", 0L, cutoff.toEpochMilli())
                .order(AoThought.OWED_SINCE + " ASC, ID ASC")
                .limit(limit);
        return Arrays.stream(ao.find(AoThought.class, query)).map(AoThoughtStore::toThought).toList();
    }

    @Override
    public void noticeSent(long thoughtId, long upToId, Instant at) {
        row(thoughtId).ifPresent(row -> {
            row.setNotifiedUpTo(Math.max(row.getNotifiedUpTo(), upToId));
            row.setNotifiedAt(at.toEpochMilli());
            row.setOwedSince(0L);
            row.save();
        });
    }

    /** AO ids are ints: anything outside 1..Integer.MAX_VALUE is no thought (a cast would wrap onto another id). */
    private Optional<AoThought> row(long thoughtId) {
        return thoughtId > 0 && thoughtId <= Integer.MAX_VALUE ? Optional.ofNullable(ao.get(AoThought.class, (int) thoughtId)) : Optional.empty();
    }

    @Override
    public void tagCommunities(long pageId, java.util.Map<String, String> communityByMacroId) {
        for (AoThought row : ao.find(AoThought.class, Query.select().where(AoThought.PAGE_ID + " = ?", pageId))) {
            String wanted = communityByMacroId.getOrDefault(row.getMacroId(), "");
            String value = wanted.isEmpty() ? null : wanted;
            if (communityByMacroId.containsKey(row.getMacroId()) && !java.util.Objects.equals(value, row.getCommunity())) {
                row.setCommunity(value);
                row.save();
            }
        }
    }

    @Override
    public List<Thought> inCommunity(String communityKey, int limit) {
        Query query = Query.select()
                .where(AoThought.COMMUNITY + " = ? AND " + AoThought.TRASHED + " = ?", communityKey, false)
                .order(AoThought.TOUCHED_AT + " DESC, ID DESC")
                .limit(limit);
        return Arrays.stream(ao.find(AoThought.class, query)).map(AoThoughtStore::toThought).toList();
    }

    @Override
    public List<Thought> openByAuthor(String authorKey, Keyset after, int limit) {
        String where = AoThought.AUTHOR_KEY + " = ? AND " + AoThought.STAGE + " <> ? AND " + AoThought.TRASHED + " = ?"
                + KeysetSql.past(AoThought.CREATED_AT, after, true);
        Query query = Query.select()
                .where(where, KeysetSql.parameters(List.of(authorKey, ThoughtStage.RIPE.name(), false), after))
                .order(KeysetSql.order(AoThought.CREATED_AT, true))
                .limit(limit);
        return Arrays.stream(ao.find(AoThought.class, query)).map(AoThoughtStore::toThought).toList();
    }

    @Override
    public List<Long> pageIdsInSpace(String spaceKey) {
        Set<Long> ids = new LinkedHashSet<>();
        for (AoThought row : ao.find(AoThought.class, Query.select("ID, " + AoThought.PAGE_ID).where(AoThought.SPACE_KEY + " = ?", spaceKey))) {
            ids.add(row.getPageId());
        }
        return List.copyOf(ids);
    }

    @Override
    public void moveToSpace(long pageId, String spaceKey) {
        for (AoThought row : ao.find(AoThought.class, Query.select().where(AoThought.PAGE_ID + " = ?", pageId))) {
            row.setSpaceKey(spaceKey);
            row.save();
        }
    }

    @Override
    public void setTrashed(long pageId, boolean trashed) {
        for (AoThought row : ao.find(AoThought.class, Query.select().where(AoThought.PAGE_ID + " = ?", pageId))) {
            row.setTrashed(trashed);
            row.save();
        }
    }

    @Override
    public int deleteByPage(long pageId) {
        return ao.deleteWithSQL(AoThought.class, AoThought.PAGE_ID + " = ?", pageId);
    }

    private AoThought[] rows(long pageId, String macroId) {
        return ao.find(AoThought.class, Query.select().where(AoThought.THOUGHT_KEY + " = ?", thoughtKey(pageId, macroId)).limit(1));
    }

    private static Thought toThought(AoThought row) {
        return new Thought(row.getID(), new MacroIdentity(row.getMacroId(), row.getPageId(), row.getSpaceKey()), row.getAuthorKey(),
                ThoughtStage.valueOf(row.getStage()), ThoughtStage.valueOf(row.getPageStage()), row.getQuestion(),
                Instant.ofEpochMilli(row.getCreatedAt()), Instant.ofEpochMilli(row.getTouchedAt()),
                row.getNotifiedAt() == 0 ? null : Instant.ofEpochMilli(row.getNotifiedAt()), row.getNotifiedUpTo(),
                row.getOwedSince() == 0 ? null : Instant.ofEpochMilli(row.getOwedSince()));
    }
}
