package io.outloud.preview.http;

import java.util.Random;

/**
 * What a virtual user does, with its share of the mix (percent), as DCAPT weighs Confluence's actions: reading pages
 * weighs most. Viewing a page is the host's action, done against both page sets; the others are the app's own
 * ("app-specific actions"), which do not exist on plain pages: there the person only thinks instead.
 */
enum DcaptAction {
    VIEW_PAGE("view page", 45, false),
    /** Not drawn: the page's own request within each page view, reported apart so the share of the app's scripts shows. */
    PAGE_ALONE("  of which the page alone", 0, false),
    REACT("react (toggle)", 15, true),
    OPEN_STREAM("open the stream", 12, true),
    REPLY("reply", 10, true),
    FEEDBACK("feedback on a thought", 10, true),
    JOIN_OR_LEAVE("join or leave a community", 8, true);

    private static final int TOTAL = 100;

    private final String label;
    private final int weight;
    private final boolean appOnly;

    DcaptAction(String label, int weight, boolean appOnly) {
        this.label = label;
        this.weight = weight;
        this.appOnly = appOnly;
    }

    String label() {
        return label;
    }

    boolean appOnly() {
        return appOnly;
    }

    /** Whether people do it (else it is a part of another action, measured with it). */
    boolean drawn() {
        return weight > 0;
    }

    /** One action drawn by weight. */
    static DcaptAction pick(Random random) {
        int ticket = random.nextInt(TOTAL);
        for (DcaptAction action : values()) {
            ticket -= action.weight;
            if (ticket < 0) {
                return action;
            }
        }
        throw new IllegalStateException("weights do not add up to " + TOTAL);
    }
}
