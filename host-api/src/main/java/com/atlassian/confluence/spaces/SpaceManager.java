package com.atlassian.confluence.spaces;

/** Confluence: finds spaces. */
public interface SpaceManager {

    /** The space with this key, or null. */
    Space getSpace(String spaceKey);
}
