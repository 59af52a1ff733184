package io.outloud.spacetools;

import java.time.Instant;

/**
 * A block or a thought as a space's admins see it in the space's tools: where it is, who started it, its state (a
 * block's status or a thought's stage, as stored) and whether its page is in the trash.
 */
public record SpaceItem(long id, long pageId, String macroId, String spaceKey, String authorKey, String state, Instant createdAt,
                        boolean trashed) {
}
