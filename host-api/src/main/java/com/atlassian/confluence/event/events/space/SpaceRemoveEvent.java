package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.core.util.ProgressMeter;

/**
 * Confluence: a space was removed, with its pages, after the fact (Confluence publishes no page event per page).
 * The marker interface {@code Removed} of the real class is left out.
 */
public class SpaceRemoveEvent extends SpaceEvent {
    private final ProgressMeter progressMeter;

    public SpaceRemoveEvent(Object src, Space removedSpace, ProgressMeter progressMeter) {
        super(src, removedSpace);
        this.progressMeter = progressMeter;
    }

    public ProgressMeter getProgressMeter() {
        return progressMeter;
    }
}
