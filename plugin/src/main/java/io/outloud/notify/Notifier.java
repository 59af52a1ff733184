package io.outloud.notify;

import java.util.List;

/**
 * Port: tells a person that something happened that concerns them, through the host's own means (Confluence's
 * mail queue, and the app's own notification list). Callers send after their write returned (committed); an adapter never fails the caller's request.
 */
public interface Notifier {
    void notify(Notice notice);

    /**
     * Tells many people at once, in two steps, for a batch of a fan-out: what the app keeps (its own notification list)
     * is written now, inside the caller's transaction, and fails the caller if it cannot be written, so that a batch
     * rolled back keeps none of it; what leaves the app (mail) comes back, to be run once that transaction committed,
     * so that nobody is mailed about a batch that was not kept. This default keeps nothing now and notifies everyone after.
     */
    default Runnable notifyInBatch(List<Notice> notices) {
        return () -> notices.forEach(this::notify);
    }

    /** Sends nothing: for wiring without notifications. */
    Notifier NONE = notice -> {
    };
}
