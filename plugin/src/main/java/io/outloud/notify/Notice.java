package io.outloud.notify;

import java.util.Objects;

/**
 * Something a person should hear about: who it is for, what happened, who did it, on which block, the text
 * concerned (a reply, an offer's message; may be empty) and, for a request to share, its number (else 0). Plain
 * data: the adapter turns it into words and markup.
 */
public record Notice(String recipientKey, Kind kind, String actorKey, long pageId, String macroId, String text, long requestNumber) {

    public enum Kind {
        REPLY("reply"), MENTION("mention"), HELP_OFFER("help-offer"), HELP_ACCEPTED("help-accepted"),
        SHARE_ASKED("share-asked"), SHARE_ANSWERED("share-answered");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Notice {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(macroId, "macroId");
        text = text == null ? "" : text;
    }

    /** A notice about a block that names no request. */
    public Notice(String recipientKey, Kind kind, String actorKey, long pageId, String macroId, String text) {
        this(recipientKey, kind, actorKey, pageId, macroId, text, 0L);
    }
}
