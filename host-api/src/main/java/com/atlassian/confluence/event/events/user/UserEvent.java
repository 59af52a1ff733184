package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

import java.util.EventObject;

/**
 * Confluence: something happened to a user (created, removed, deactivated, reactivated). Confluence's supertype
 * ConfluenceEvent is left out, as for PageEvent; the app only reads the user.
 */
public abstract class UserEvent extends EventObject {
    private final User user;

    public UserEvent(Object source, User user) {
        super(source);
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}
