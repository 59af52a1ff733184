package io.outloud.thought.macro;

import java.util.List;

/** The list of the reader's open thoughts. Public getters only: they are on the Velocity allowlist. */
public final class OpenThoughtsView {
    private final boolean signedIn;
    private final boolean listed;
    private final List<Item> items;
    private final String noticesUrl;
    private final String next;

    OpenThoughtsView(boolean signedIn, boolean listed, List<Item> items, String noticesUrl, String next) {
        this.signedIn = signedIn;
        this.listed = listed;
        this.items = List.copyOf(items);
        this.noticesUrl = noticesUrl;
        this.next = next;
    }

    /** Where the next page of the list starts, for "Show more" ("" when everything is shown). */
    public String getNext() {
        return next;
    }

    /** The reader's own notification list ("" where the list is not shown). */
    public String getNoticesUrl() {
        return noticesUrl;
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    /** False where the list would leave the reader's own page view (exports, mail copies): it lists nothing there. */
    public boolean isListed() {
        return listed;
    }

    public List<Item> getItems() {
        return items;
    }

    /** One open thought. */
    public static final class Item {
        private final String url;
        private final String pageTitle;
        private final String question;
        private final String stageLabel;
        private final String date;
        private final String feedbackText;
        private final String unansweredText;
        private final String waitingText;
        private final String ripenByText;

        Item(String url, String pageTitle, String question, String stageLabel, String date, String feedbackText, String unansweredText,
             String waitingText, String ripenByText) {
            this.url = url;
            this.pageTitle = pageTitle;
            this.question = question;
            this.stageLabel = stageLabel;
            this.date = date;
            this.feedbackText = feedbackText;
            this.unansweredText = unansweredText;
            this.waitingText = waitingText;
            this.ripenByText = ripenByText;
        }

        public String getUrl() {
            return url;
        }

        public String getPageTitle() {
            return pageTitle;
        }

        public String getQuestion() {
            return question;
        }

        public String getStageLabel() {
            return stageLabel;
        }

        public String getDate() {
            return date;
        }

        public String getFeedbackText() {
            return feedbackText;
        }

        public String getUnansweredText() {
            return unansweredText;
        }

        public String getWaitingText() {
            return waitingText;
        }

        public String getRipenByText() {
            return ripenByText;
        }
    }
}
