package io.outloud.notify;

import java.util.Objects;

/**
 * Something a person should hear about: who it is for, what happened, who did it, on which block, the text
 * concerned (a reply, an offer's message; may be empty) and, for a request to share, its number (else 0). Plain
 * data: the adapter turns it into words and markup. The number is a request to share's number, or how many pieces of
 * feedback a batched notice about a half-finished thought covers, or a stage (below; else 0). A notice with no single actor (batched
 * feedback, which may be unnamed) has an empty actor key. A thought's stage moved on its author's behalf carries the
 * new stage's ordinal (seed 0, growing 1, ripe 2) as its number.
 */
public record Notice(String recipientKey, Kind kind, String actorKey, long pageId, String macroId, String text, long number) {

    public enum Kind {
        REPLY("reply"), MENTION("mention"), HELP_OFFER("help-offer"), HELP_ACCEPTED("help-accepted"),
        SHARE_ASKED("share-asked"), SHARE_ANSWERED("share-answered"),
        THOUGHT_FEEDBACK("thought-feedback", Subject.THOUGHT), FEEDBACK_TAKEN_IN("feedback-taken-in", Subject.THOUGHT),
        THOUGHT_STAGE_MOVED("thought-stage-moved", Subject.THOUGHT),
        COMMUNITY_ASK("community-ask", Subject.COMMUNITY), JOIN_REQUESTED("join-requested", Subject.COMMUNITY),
        JOIN_APPROVED("join-approved", Subject.COMMUNITY), COMMUNITY_INVITED("community-invited", Subject.COMMUNITY),
        LEAD_HANDED_OVER("lead-handed-over", Subject.COMMUNITY), PAIRED("paired", Subject.COMMUNITY),
        THANKED("thanked", Subject.OWN_PAGE);

        private final String code;
        private final Subject subject;

        Kind(String code) {
            this(code, Subject.BLOCK);
        }

        Kind(String code, Subject subject) {
            this.code = code;
            this.subject = subject;
        }

        public String code() {
            return code;
        }

        /** What the macro id names: a block, a thought, or (for a community's notices) the community's key. */
        public Subject subject() {
            return subject;
        }

        /** Whether the macro id names a half-finished thought. */
        public boolean aboutThought() {
            return subject == Subject.THOUGHT;
        }
    }

    /**
     * What a notice is about. A community's notices carry the community's key where others carry a macro id, and its
     * home page (0 for none) as their page.
     */
    public enum Subject {
        BLOCK, THOUGHT, COMMUNITY,
        /** About the recipient themselves: the macro id carries the site path of their own page of the app (e.g. their thanks). */
        OWN_PAGE
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
