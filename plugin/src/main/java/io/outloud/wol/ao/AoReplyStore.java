package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.wol.Reply;
import io.outloud.wol.ReplyStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link ReplyStore} on Active Objects. Ids grow with time, so "after this id" is the keyset of a thread. */
public class AoReplyStore implements ReplyStore {
    private final ActiveObjects ao;

    public AoReplyStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Reply add(long pageId, String macroId, String authorKey, String text, Instant at) {
        AoReply row = ao.create(AoReply.class,
                new DBParam(AoReply.PAGE_ID, pageId),
                new DBParam(AoReply.MACRO_ID, macroId),
                new DBParam(AoReply.AUTHOR_KEY, authorKey),
                new DBParam(AoReply.BODY, text),
                new DBParam(AoReply.CREATED_AT, at.toEpochMilli()),
                new DBParam(AoReply.EDITED_AT, 0L));
        return toReply(row);
    }

    @Override
    public Optional<Reply> find(long replyId) {
        if (!storable(replyId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoReply.class, (int) replyId)).map(AoReplyStore::toReply);
    }

    @Override
    public void edit(long replyId, String text, Instant at) {
        if (!storable(replyId)) {
            return;
        }
        AoReply row = ao.get(AoReply.class, (int) replyId);
        if (row != null) {
            row.setBody(text);
            row.setEditedAt(at.toEpochMilli());
            row.save();
        }
    }

    @Override
    public void delete(long replyId) {
        if (!storable(replyId)) {
            return; // (int) would wrap onto another reply's id
        }
        ao.deleteWithSQL(AoReply.class, "ID = ?", (int) replyId);
    }

    @Override
    public List<Reply> page(long pageId, String macroId, long afterId, int limit) {
        Query query = Query.select()
                .where(AoReply.PAGE_ID + " = ? AND " + AoReply.MACRO_ID + " = ? AND ID > ?", pageId, macroId, (int) Math.min(afterId, Integer.MAX_VALUE))
                .order("ID ASC")
                .limit(limit);
        return Arrays.stream(ao.find(AoReply.class, query)).map(AoReplyStore::toReply).toList();
    }

    @Override
    public Map<String, Integer> countsForPage(long pageId) {
        Map<String, Integer> counts = new HashMap<>();
        for (AoReply row : ao.find(AoReply.class, Query.select("ID, " + AoReply.MACRO_ID).where(AoReply.PAGE_ID + " = ?", pageId))) {
            counts.merge(row.getMacroId(), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public int deleteByPage(long pageId) {
        return ao.deleteWithSQL(AoReply.class, AoReply.PAGE_ID + " = ?", pageId);
    }

    /** AO ids are ints: anything outside 1..Integer.MAX_VALUE is no reply. */
    private static boolean storable(long replyId) {
        return replyId > 0 && replyId <= Integer.MAX_VALUE;
    }

    private static Reply toReply(AoReply row) {
        return new Reply(row.getID(), row.getPageId(), row.getMacroId(), row.getAuthorKey(), row.getBody(),
                Instant.ofEpochMilli(row.getCreatedAt()), row.getEditedAt() == 0 ? null : Instant.ofEpochMilli(row.getEditedAt()));
    }
}
