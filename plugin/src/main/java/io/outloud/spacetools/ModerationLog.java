package io.outloud.spacetools;

import io.outloud.common.Keyset;

import java.util.List;

/** Persistence port for the moderation record: written once per removal, read per space, newest first. */
public interface ModerationLog {
    ModerationRecord add(ModerationRecord record);

    List<ModerationRecord> forSpace(String spaceKey, Keyset after, int limit);
}
