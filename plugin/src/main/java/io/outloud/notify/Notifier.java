package io.outloud.notify;

/**
 * Port: tells a person that something happened that concerns them, through the host's own means (Confluence's
 * mail queue, and the app's own notification list). Callers send after their write returned (committed); an adapter never fails the caller's request.
 */
public interface Notifier {
    void notify(Notice notice);

    /** Sends nothing: for wiring without notifications. */
    Notifier NONE = notice -> {
    };
}
