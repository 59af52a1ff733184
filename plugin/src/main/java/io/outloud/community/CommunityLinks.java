package io.outloud.community;

/** Where a community is read: on its page at its anchor, or (without a page) on the app's community page. */
public final class CommunityLinks {
    public static final String PAGE_SERVLET = "/plugins/servlet/outloud/community";

    private CommunityLinks() {
    }

    public static String pathOf(Community community) {
        return community.hasHome() ? pathOnPage(community.homePageId(), community.key()) : servletPath(community.key());
    }

    public static String pathOnPage(long pageId, String key) {
        return "/pages/viewpage.action?pageId=" + pageId + "#" + anchor(key);
    }

    public static String servletPath(String key) {
        return PAGE_SERVLET + "?key=" + key; // keys are [a-z0-9_-]: nothing to encode
    }

    public static String anchor(String key) {
        return "outloud-community-" + key;
    }
}
