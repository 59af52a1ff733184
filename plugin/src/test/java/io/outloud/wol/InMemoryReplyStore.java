package io.outloud.wol;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The reply store's contract in memory. */
public final class InMemoryReplyStore implements ReplyStore {
    private final Map<Long, Reply> replies = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Reply add(long pageId, String macroId, String authorKey, String text, Instant at) {
        Reply reply = new Reply(nextId++, pageId, macroId, authorKey, text, at, null);
        replies.put(reply.id(), reply);
        return reply;
    }

    @Override
    public synchronized Optional<Reply> find(long replyId) {
        return Optional.ofNullable(replies.get(replyId));
    }

    @Override
    public synchronized void edit(long replyId, String text, Instant at) {
        Reply r = replies.get(replyId);
        if (r != null) {
            replies.put(replyId, new Reply(r.id(), r.pageId(), r.macroId(), r.authorKey(), text, r.createdAt(), at));
        }
    }

    @Override
    public synchronized void delete(long replyId) {
        replies.remove(replyId);
    }

    @Override
    public synchronized List<Reply> page(long pageId, String macroId, long afterId, int limit) {
        return replies.values().stream()
                .filter(r -> r.pageId() == pageId && r.macroId().equals(macroId) && r.id() > afterId)
                .limit(limit).toList();
    }

    @Override
    public synchronized Map<String, Integer> countsForPage(long pageId) {
        Map<String, Integer> counts = new TreeMap<>();
        replies.values().stream().filter(r -> r.pageId() == pageId).forEach(r -> counts.merge(r.macroId(), 1, Integer::sum));
        return counts;
    }

    @Override
    public synchronized int deleteByPage(long pageId) {
        int before = replies.size();
        replies.values().removeIf(r -> r.pageId() == pageId);
        return before - replies.size();
    }

    public synchronized int size() {
        return replies.size();
    }
}
