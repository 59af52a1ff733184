package io.outloud.wol;

import java.util.List;

/** Persistence port for streams: recent blocks, newest first, one keyset batch per call. */
public interface StreamStore {

    /**
     * At most {@code limit} blocks matching {@code filter} that are not in the trash, strictly before {@code before}
     * (null: from the newest), ordered by creation time then id, both descending. One query.
     */
    List<Block> recent(StreamFilter filter, StreamCursor before, int limit);
}
