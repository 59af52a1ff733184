package io.outloud.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may see the names of the people who reacted to a block, as the site admin decides: every signed-in reader
 * (a reaction said openly, like a like), only the block's author (the default: the author learns who found it
 * useful, nobody else is shown who said what), or nobody (counts only). People who chose not to be named are left
 * out of every list, whatever the rule; they are still counted.
 */
public enum ReactorNames {
    EVERYONE("everyone"), AUTHOR("author"), NOBODY("nobody");

    private final String code;

    ReactorNames(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReactorNames> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst(); // null matches no code
    }

    /** Whether this reader may see names on this author's block. Anonymous readers never do. */
    public boolean shownTo(String readerKey, String authorKey) {
        if (readerKey == null || readerKey.isEmpty()) {
            return false;
        }
        return this == EVERYONE || (this == AUTHOR && readerKey.equals(authorKey));
    }
}
