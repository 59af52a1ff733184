package io.outloud.content;

import java.util.Objects;
import java.util.regex.Pattern;

/** Where a block lives: the macro id inside a page of a space. Validated, because macro ids come from pages. */
public record MacroIdentity(String macroId, long pageId, String spaceKey) {

    /** Confluence macro ids are UUIDs; allow any short id of safe characters, never markup. */
    private static final Pattern MACRO_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9~_.-]{1,255}");

    public MacroIdentity {
        Objects.requireNonNull(macroId, "macroId");
        Objects.requireNonNull(spaceKey, "spaceKey");
        if (!MACRO_ID.matcher(macroId).matches()) {
            throw new IllegalArgumentException("Not a macro id: " + abbreviate(macroId));
        }
        if (pageId <= 0) {
            throw new IllegalArgumentException("Not a page id: " + pageId);
        }
        if (!SPACE_KEY.matcher(spaceKey).matches()) {
            throw new IllegalArgumentException("Not a space key: " + abbreviate(spaceKey));
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
