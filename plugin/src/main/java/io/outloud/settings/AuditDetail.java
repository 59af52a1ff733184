package io.outloud.settings;

import java.util.Locale;

/**
 * The details the privacy audit stores, written and read in one place: stored in English and the same for every
 * reader, and shown in the reader's language by the REST adapter, which parses them by these same prefixes.
 */
public final class AuditDetail {
    /** Between a setting's key and its old value. */
    public static final String CHANGE = ": ";
    public static final String ARROW = " \u2192 ";
    public static final String OWN = "own";
    public static final String BY_ADMIN = "by a site admin";
    public static final String TEXTS = "texts ";
    public static final String FEEDBACK = "feedback ";

    private AuditDetail() {
    }

    /** "key: old → new", with "-" for a setting that had no stored value. */
    public static String settingChanged(String key, String old, String value) {
        return key + CHANGE + (old == null ? "-" : old) + ARROW + value;
    }

    public static String exported(boolean own) {
        return own ? OWN : BY_ADMIN;
    }

    /** What became of the erased person's texts (the enum's name), not who was erased. */
    public static String erased(Enum<?> texts) {
        return TEXTS + texts.name().toLowerCase(Locale.ROOT);
    }

    public static String giverLookedUp(long feedbackId) {
        return FEEDBACK + feedbackId;
    }
}
