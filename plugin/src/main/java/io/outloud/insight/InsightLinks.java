package io.outloud.insight;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the insight page is, for the pages that link to it (site paths: callers put them behind the context path). */
public final class InsightLinks {
    public static final String PATH = "/plugins/servlet/outloud/insight";

    private InsightLinks() {
    }

    /** The insight of one community (its leads' link on the community's page). */
    public static String community(String communityKey) {
        return PATH + "?community=" + URLEncoder.encode(communityKey, StandardCharsets.UTF_8);
    }
}
