package io.outloud.host;

import io.outloud.notify.Notice;

/** One way a composed notice reaches its recipient: Confluence's mail queue, the app's own notification list. */
public interface NoticeChannel {
    void deliver(Notice notice, NoticeMessages.Message message);

    /** Whether what this channel delivers leaves the app (mail): in a fan-out batch it goes only once the batch is kept. */
    default boolean leavesTheApp() {
        return false;
    }
}
