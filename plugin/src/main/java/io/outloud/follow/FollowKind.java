package io.outloud.follow;

import io.outloud.common.OutloudException;

import java.util.Locale;

/** What can be followed: a person (kept by user key), a community (its key) or a label. */
public enum FollowKind {
    PERSON, COMMUNITY, LABEL;

    /** As written in addresses: person, community, label. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FollowKind fromCode(String code) {
        for (FollowKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw OutloudException.invalid("outloud.follow.error.kind");
    }
}
