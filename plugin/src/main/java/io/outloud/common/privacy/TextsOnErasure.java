package io.outloud.common.privacy;

import io.outloud.common.OutloudException;

import java.util.Locale;

/** What an erasure does with what the person wrote for others (replies, feedback, offers of help, asks). */
public enum TextsOnErasure {
    /** The texts go too. */
    DELETE,
    /** The texts stay, without a name: nobody can tell any more who wrote them. */
    ANONYMISE;

    /** Put where a person's key was: a value no person key can be. */
    public static final String ERASED = "~erased~";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TextsOnErasure of(String code) {
        for (TextsOnErasure texts : values()) {
            if (texts.code().equals(code)) {
                return texts;
            }
        }
        throw OutloudException.invalid("outloud.privacy.error.texts");
    }
}
