package io.outloud.notify;

import java.util.Objects;

/**
 * Something a person should hear about: who it is for, what happened, who did it, on which block, the text
 * concerned (a reply, an offer's message; may be empty) and, for a request to share, its number (else 0). Plain
 * data: the adapter turns it into words and markup. The number is a request to share's number, or how many pieces of
 * feedback a batched notice about a half-finished thought covers (else 0). A notice with no single actor (batched
 * feedback, which may be unnamed) has an empty actor key.
 */
public record Notice(String recipientKey, Kind kind, String actorKey, long pageId, String macroId, String text, long number) {

    public enum Kind {
        REPLY("reply"), MENTION("mention"), HELP_OFFER("help-offer"), HELP_ACCEPTED("help-accepted"),
        SHARE_ASKED("share-asked"), SHARE_ANSWERED("share-answered"),
        THOUGHT_FEEDBACK("thought-feedback", true), FEEDBACK_TAKEN_IN("feedback-taken-in", true);

        private final String code;
        private final boolean aboutThought;

        Kind(String code) {
            this(code, false);
        }

        Kind(String code, boolean aboutThought) {
            this.code = code;
            this.aboutThought = aboutThought;
        }

        public String code() {
            return code;
        }

        /** Whether the macro id names a half-finished thought (else a working-out-loud block). */
        public boolean aboutThought() {
            return aboutThought;
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
