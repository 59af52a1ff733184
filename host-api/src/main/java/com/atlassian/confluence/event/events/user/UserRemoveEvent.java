package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

/**
 * Confluence: a user was removed. Not sent for users a directory synchronisation removes (the app's daily sweep finds
 * those). The marker interface {@code Removed} of the real class is left out (not called).
 */
public class UserRemoveEvent extends UserEvent {
    /** The preview publishes the event with this constructor; the app only reads the user. */
    public UserRemoveEvent(Object src, User user) {
        super(src, user);
    }
}
