package io.outloud.community.pairing;

import java.util.Objects;

/**
 * Something a matched person could open a conversation with: a topic their partner is open to talk about, or what
 * the partner is working on in a recent working-out-loud block (with the page it is on, which the recipient may view).
 */
public record ConversationStarter(Kind kind, String text, long pageId, String pageTitle) {
    public enum Kind {
        OPEN_TO, WORKING_ON;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public ConversationStarter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        pageTitle = pageTitle == null ? "" : pageTitle;
    }
}
