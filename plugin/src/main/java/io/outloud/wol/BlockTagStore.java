package io.outloud.wol;

import java.util.Map;

/** Persistence port: the community and labels of a page's blocks, kept in step with the page on every save. */
public interface BlockTagStore {

    /** Does nothing: for registries that keep no tags. */
    BlockTagStore NONE = (pageId, tags) -> { };

    /** Sets the tags of the page's known blocks named in {@code tags} (by macro id); others are left alone. */
    void tagPage(long pageId, Map<String, BlockTags> tags);
}
