package io.outloud.preview.host;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;

/** Confluence's SpaceManager over the preview's spaces: the space with a key, or null. */
public final class PreviewSpaceManager implements SpaceManager {
    private final SpaceDirectory spaces;

    public PreviewSpaceManager(SpaceDirectory spaces) {
        this.spaces = spaces;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaceKey == null ? null : spaces.space(spaceKey).orElse(null);
    }
}
