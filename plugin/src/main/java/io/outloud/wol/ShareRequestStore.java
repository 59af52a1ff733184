package io.outloud.wol;

import io.outloud.common.Keyset;
import io.outloud.content.PageScopedData;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence port for requests to share. One open request per asker, askee and topic, which the database enforces
 * (also under concurrent requests). State changes check that the request is still open, in a transaction; two
 * changes racing at the same moment (the askee declining while saving an answer) are not serialised: the last one
 * stands. A purged page is forgotten by the requests that point at it (they stay: they are the
 * asker's and the askee's, not the page's).
 */
public interface ShareRequestStore extends PageScopedData {

    /** The new open request, or empty when the same asker already has an open request to the same person on the same topic. */
    Optional<ShareRequest> create(String askerKey, String askeeKey, String topic, long pageId, String macroId, Instant at);

    Optional<ShareRequest> find(long id);

    /** Open requests to this person, newest first (created-at and id), past {@code before}, at most {@code limit}. */
    List<ShareRequest> openFor(String askeeKey, Keyset before, int limit);

    /** Requests this person asked, newest first (created-at and id), past {@code before}, at most {@code limit}. */
    List<ShareRequest> askedBy(String askerKey, Keyset before, int limit);

    int countOpenAskedBy(String askerKey);

    /** Whether this asker's question on this topic (case and spacing aside) to this person was declined since then. */
    boolean declinedSince(String askerKey, String askeeKey, String topic, Instant since);

    /** Marks an open request answered by this block; false when it was not open (answered or declined before). */
    boolean answer(long id, long pageId, String macroId, Instant at);

    /** Marks an open request declined; false when it was not open. */
    boolean decline(long id, Instant at);

    /** The requests answered by blocks on this page, in one query, for rendering the page. */
    List<ShareRequest> answeredOnPage(long pageId);
}
