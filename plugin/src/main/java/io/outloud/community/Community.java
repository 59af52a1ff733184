package io.outloud.community;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A community around a shared curiosity: its key (what macros' community parameters name), its name (unique, ignoring
 * case), the curiosity it gathers around, whether joining needs a lead's approval, its labels, and the page and macro
 * that are its home (0 and "" while it has none: made through the form, or its page was deleted, which keeps its data).
 */
public record Community(String key, String name, String curiosity, Access access, List<String> labels, long homePageId,
                        String homeMacroId, String createdBy, Instant createdAt) {
    public static final int MAX_NAME = 80;
    public static final int MAX_CURIOSITY = 500;
    public static final int MAX_LABELS = 10;

    /** Whether anyone may join at once, or a lead approves each request. */
    public enum Access {
        OPEN, CLOSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Community {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        curiosity = curiosity == null ? "" : curiosity;
        Objects.requireNonNull(access, "access");
        labels = List.copyOf(labels);
        homeMacroId = homeMacroId == null ? "" : homeMacroId;
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isClosed() {
        return access == Access.CLOSED;
    }

    public boolean hasHome() {
        return homePageId > 0;
    }
}
