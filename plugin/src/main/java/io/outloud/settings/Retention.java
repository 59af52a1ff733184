package io.outloud.settings;

import java.util.Map;
import java.util.Optional;

/**
 * How long the app keeps what it records about people, as a site admin set it: who saw a block (then only per-day
 * counts stay, without people), the pairing history, the notices of each person's list, and the link from unnamed
 * feedback to its giver (0: kept, so that site admins can handle abuse; a number of days makes forgetting it a
 * promise nobody can take back). Stored with the site settings, under keys of its own.
 */
public record Retention(int seenByDays, int pairingMonths, int noticeMonths, int giverLinkDays) {
    public static final int DEFAULT_SEEN_BY_DAYS = 90;
    public static final int DEFAULT_PAIRING_MONTHS = 12;
    public static final int DEFAULT_NOTICE_MONTHS = 12;
    /** The link stays until a site admin chooses otherwise: forgetting it cannot be undone, and abuse handling needs it. */
    public static final int NEVER = 0;
    public static final int MAX_DAYS = 3650;
    public static final int MAX_MONTHS = 120;
    public static final Retention DEFAULTS = new Retention(DEFAULT_SEEN_BY_DAYS, DEFAULT_PAIRING_MONTHS, DEFAULT_NOTICE_MONTHS, NEVER);

    static final String SEEN_BY_DAYS = "retention.seen-by-days";
    static final String PAIRING_MONTHS = "retention.pairing-months";
    static final String NOTICE_MONTHS = "retention.notice-months";
    static final String GIVER_LINK_DAYS = "retention.giver-link-days";
    /** The setting key of each field as REST and the form name it. */
    public static final Map<String, String> FIELDS = Map.of("seenByDays", SEEN_BY_DAYS, "pairingMonths", PAIRING_MONTHS,
            "noticeMonths", NOTICE_MONTHS, "giverLinkDays", GIVER_LINK_DAYS);

    /** The days after which unnamed feedback forgets its giver, or empty while it keeps the giver. */
    public Optional<Integer> giverLinkForgottenAfter() {
        return giverLinkDays == NEVER ? Optional.empty() : Optional.of(giverLinkDays);
    }

    static Retention from(Map<String, String> stored) {
        return new Retention(stored(stored.get(SEEN_BY_DAYS), DEFAULT_SEEN_BY_DAYS, 1, MAX_DAYS),
                stored(stored.get(PAIRING_MONTHS), DEFAULT_PAIRING_MONTHS, 1, MAX_MONTHS),
                stored(stored.get(NOTICE_MONTHS), DEFAULT_NOTICE_MONTHS, 1, MAX_MONTHS),
                stored(stored.get(GIVER_LINK_DAYS), NEVER, NEVER, MAX_DAYS));
    }

    private static int stored(String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
