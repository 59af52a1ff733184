package io.outloud.community;

import java.time.Instant;

/** "Ask the community": a member's request for help, which every member sees in their stream and hears of. */
public record CommunityAsk(long id, String communityKey, String askerKey, String text, Instant at) {
    public static final int MAX_TEXT = 500;
    /** How many asks one member may make of one community in a day (UTC). */
    public static final int PER_DAY = 3;
}
