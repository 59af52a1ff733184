package io.outloud.wol;

/** Persistence port for streams: recent blocks, newest first, one keyset batch per call. */
public interface StreamStore {

    /**
     * The blocks matching {@code filter} that are not in the trash among at most {@code limit} candidates strictly
     * before {@code before} (null: from the newest), ordered by creation time then id, both descending. Without a
     * label every candidate is a matching block (one query); with one, the candidates are the label's rows, and the
     * blocks they name are then filtered by the rest (two queries).
     */
    StreamBatch recent(StreamFilter filter, StreamCursor before, int limit);
}
