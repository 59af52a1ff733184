package io.outloud.notify;

/** Where each person's own notification list is, as a site path (links put it behind the context path). */
public final class NoticeLinks {
    public static final String LIST_PATH = "/plugins/servlet/outloud/notifications";

    private NoticeLinks() {
    }
}
