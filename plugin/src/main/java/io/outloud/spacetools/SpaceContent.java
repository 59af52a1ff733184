package io.outloud.spacetools;

import io.outloud.common.Keyset;

import java.util.List;
import java.util.Optional;

/** Port: the blocks and thoughts of a space, newest first (created-at and id), for its admins' lists. */
public interface SpaceContent {
    List<SpaceItem> blocks(String spaceKey, Keyset after, int limit);

    List<SpaceItem> thoughts(String spaceKey, Keyset after, int limit);

    Optional<SpaceItem> block(long pageId, String macroId);

    Optional<SpaceItem> thought(long pageId, String macroId);
}
