package io.outloud.host;

import io.outloud.notify.Notice;
import io.outloud.notify.NoticeListService;

/**
 * Notices in the app's own notification list (Confluence 9.x and 10.x offer apps no public API for their bell; MyWork's
 * was never documented for them): the entry is titled with the subject composed in the recipient's language and links
 * to what it is about.
 */
public class NoticeListChannel implements NoticeChannel {
    private final NoticeListService list;

    public NoticeListChannel(NoticeListService list) {
        this.list = list;
    }

    @Override
    public void deliver(Notice notice, NoticeMessages.Message message) {
        list.record(notice, message.subject(), message.path());
    }
}
