package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;

import java.util.EventObject;

/**
 * Confluence: something happened to a space. (Confluence's supertype ConfluenceEvent is left out, as for PageEvent;
 * the app only reads the space.)
 */
public abstract class SpaceEvent extends EventObject {
    private final Space space;

    public SpaceEvent(Object source, Space space) {
        super(source);
        this.space = space;
    }

    public Space getSpace() {
        return space;
    }
}
