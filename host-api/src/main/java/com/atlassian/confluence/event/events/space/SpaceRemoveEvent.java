package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.core.util.ProgressMeter;

/**
 * Confluence: a space was removed, with its pages, after the fact (Confluence publishes no page event per page).
 * The marker interface {@code Removed} and {@code getProgressMeter()} of the real class are left out (not called).
 */
public class SpaceRemoveEvent extends SpaceEvent {

    /** The preview publishes the event with this constructor; the app only reads the space. */
    public SpaceRemoveEvent(Object src, Space removedSpace, ProgressMeter progressMeter) {
        super(src, removedSpace);
    }
}
