package io.outloud.wol;

import io.outloud.common.InMemoryKeyset;
import io.outloud.common.Keyset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link ShareRequestStore} in memory, with the one-open-request-per-topic rule. */
public final class InMemoryShareRequestStore implements ShareRequestStore {
    private final List<ShareRequest> requests = new ArrayList<>();
    private final java.util.Map<Long, Instant> closedAt = new java.util.HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<ShareRequest> create(String askerKey, String askeeKey, String topic, long pageId, String macroId, Instant at) {
        if (requests.stream().anyMatch(r -> r.isOpen() && r.askerKey().equals(askerKey) && r.askeeKey().equals(askeeKey)
                && r.topic().toLowerCase(Locale.ROOT).equals(topic.toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        ShareRequest request = new ShareRequest(nextId++, askerKey, askeeKey, topic, pageId, macroId, ShareRequest.State.OPEN, at, 0, "");
        requests.add(request);
        return Optional.of(request);
    }

    @Override
    public synchronized Optional<ShareRequest> find(long id) {
        return requests.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public synchronized List<ShareRequest> openFor(String askeeKey, Keyset before, int limit) {
        return InMemoryKeyset.page(requests.stream().filter(r -> r.isOpen() && r.askeeKey().equals(askeeKey)),
                ShareRequest::createdAt, ShareRequest::id, before, false, limit);
    }

    @Override
    public synchronized List<ShareRequest> askedBy(String askerKey, Keyset before, int limit) {
        return InMemoryKeyset.page(requests.stream().filter(r -> r.askerKey().equals(askerKey)),
                ShareRequest::createdAt, ShareRequest::id, before, false, limit);
    }

    @Override
    public synchronized int countOpenAskedBy(String askerKey) {
        return (int) requests.stream().filter(r -> r.isOpen() && r.askerKey().equals(askerKey)).count();
    }

    @Override
    public synchronized boolean declinedSince(String askerKey, String askeeKey, String topic, Instant since) {
        return requests.stream().anyMatch(r -> r.state() == ShareRequest.State.DECLINED && r.askerKey().equals(askerKey)
                && r.askeeKey().equals(askeeKey) && r.topic().equalsIgnoreCase(topic) && !closedAt.getOrDefault(r.id(), Instant.MIN).isBefore(since));
    }

    @Override
    public synchronized boolean answer(long id, long pageId, String macroId, Instant at) {
        return close(id, ShareRequest.State.ANSWERED, pageId, macroId, at);
    }

    @Override
    public synchronized boolean decline(long id, Instant at) {
        return close(id, ShareRequest.State.DECLINED, 0, "", at);
    }

    /** How often a page's answered requests were read (a page render reads them at most once). */
    public int answeredReads;

    @Override
    public synchronized List<ShareRequest> answeredOnPage(long pageId) {
        answeredReads++;
        return requests.stream().filter(r -> r.state() == ShareRequest.State.ANSWERED && r.answerPageId() == pageId).toList();
    }

    @Override
    public synchronized int deleteByPage(long pageId) {
        int changed = 0;
        for (int i = 0; i < requests.size(); i++) {
            ShareRequest r = requests.get(i);
            if (r.pageId() == pageId || r.answerPageId() == pageId) {
                requests.set(i, new ShareRequest(r.id(), r.askerKey(), r.askeeKey(), r.topic(), r.pageId() == pageId ? 0 : r.pageId(),
                        r.pageId() == pageId ? "" : r.macroId(), r.state(), r.createdAt(), r.answerPageId() == pageId ? 0 : r.answerPageId(),
                        r.answerPageId() == pageId ? "" : r.answerMacroId()));
                changed++;
            }
        }
        return changed;
    }

    private boolean close(long id, ShareRequest.State state, long pageId, String macroId, Instant at) {
        for (int i = 0; i < requests.size(); i++) {
            ShareRequest r = requests.get(i);
            if (r.id() == id && r.isOpen()) {
                requests.set(i, new ShareRequest(r.id(), r.askerKey(), r.askeeKey(), r.topic(), r.pageId(), r.macroId(), state,
                        r.createdAt(), pageId, macroId));
                closedAt.put(id, at);
                return true;
            }
        }
        return false;
    }
}
