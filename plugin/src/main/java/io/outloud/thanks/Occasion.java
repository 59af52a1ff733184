package io.outloud.thanks;

import io.outloud.common.OutloudException;

import java.util.Arrays;
import java.util.Locale;

/** Where someone helped, and so where the person helped may thank them. */
public enum Occasion {
    /** An offer of help that a block's author accepted: the author thanks the helper. */
    HELP,
    /** Feedback on a half-finished thought that its author took in: the author thanks the giver. */
    FEEDBACK,
    /** A request to share that was answered: the asker thanks whoever answered. */
    SHARE,
    /** A pairing match where the thanker said they met: either partner thanks the other. */
    PAIRING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Occasion fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow(() -> OutloudException.invalid("outloud.thanks.error.occasion"));
    }
}
