package io.outloud.rhythm;

import io.outloud.common.OutloudException;
import io.outloud.notify.Notice;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of notice a person chooses a cadence for: the notifier's kinds, grouped the way a person thinks of them.
 * Asks of a community go to every member, so they wait for the weekly digest unless the person asks for them sooner;
 * everything addressed to the person alone comes at once, as it always did.
 */
public enum NoticeTopic {
    REPLIES("replies", Cadence.AT_ONCE, List.of(Notice.Kind.REPLY, Notice.Kind.MENTION)),
    HELP("help", Cadence.AT_ONCE, List.of(Notice.Kind.HELP_OFFER, Notice.Kind.HELP_ACCEPTED)),
    SHARING("sharing", Cadence.AT_ONCE, List.of(Notice.Kind.SHARE_ASKED, Notice.Kind.SHARE_ANSWERED)),
    FEEDBACK("feedback", Cadence.AT_ONCE, List.of(Notice.Kind.THOUGHT_FEEDBACK, Notice.Kind.FEEDBACK_TAKEN_IN, Notice.Kind.THOUGHT_STAGE_MOVED)),
    COMMUNITY_ASKS("community-asks", Cadence.WEEKLY, List.of(Notice.Kind.COMMUNITY_ASK)),
    COMMUNITIES("communities", Cadence.AT_ONCE, List.of(Notice.Kind.JOIN_REQUESTED, Notice.Kind.JOIN_APPROVED, Notice.Kind.COMMUNITY_INVITED,
            Notice.Kind.LEAD_HANDED_OVER, Notice.Kind.PAIRED)),
    THANKS("thanks", Cadence.AT_ONCE, List.of(Notice.Kind.THANKED));

    private final String code;
    private final Cadence byDefault;
    private final List<Notice.Kind> kinds;

    NoticeTopic(String code, Cadence byDefault, List<Notice.Kind> kinds) {
        this.code = code;
        this.byDefault = byDefault;
        this.kinds = kinds;
    }

    public String code() {
        return code;
    }

    public Cadence byDefault() {
        return byDefault;
    }

    public static NoticeTopic of(Notice.Kind kind) {
        return Arrays.stream(values()).filter(t -> t.kinds.contains(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No topic for notice kind " + kind));
    }

    public static NoticeTopic of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> OutloudException.invalid("outloud.rhythm.error.topic"));
    }
}
