package io.outloud.wol;

import io.outloud.people.Person;

/**
 * One block in a stream, with what the viewer sees of it: its author, its page's title, what the author is working
 * on (as the page says now) and the path of the block on its page (relative to the site's context path).
 */
public record StreamItem(Block block, Person author, String pageTitle, String workingOn, String path) {

    /** Confluence's stable page address (it survives renames and moves) with the block's anchor. */
    static String pathOf(Block block) {
        return pathOf(block.pageId(), block.macroId());
    }

    public static String pathOf(long pageId, String macroId) {
        return "/pages/viewpage.action?pageId=" + pageId + "#outloud-block-" + macroId;
    }
}
