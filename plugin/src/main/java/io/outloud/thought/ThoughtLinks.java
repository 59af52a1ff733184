package io.outloud.thought;

/** Where a thought and the personal list of open thoughts are, relative to the site's base URL. */
public final class ThoughtLinks {
    /** The personal view of one's open thoughts (a servlet module). */
    public static final String MINE_PATH = "/plugins/servlet/outloud/thoughts";

    private ThoughtLinks() {
    }

    public static String pathOf(long pageId, String macroId) {
        return "/pages/viewpage.action?pageId=" + pageId + "#outloud-thought-" + macroId;
    }
}
