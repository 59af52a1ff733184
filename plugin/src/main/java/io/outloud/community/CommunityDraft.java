package io.outloud.community;

import io.outloud.common.OutloudException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What someone asked a community to be (from the form, REST or a macro's parameters), checked: a name of at most
 * {@value Community#MAX_NAME} characters on one line, a curiosity of at most {@value Community#MAX_CURIOSITY}, open or
 * closed, and up to {@value Community#MAX_LABELS} label keys. A bad value is refused with a message naming it.
 */
public record CommunityDraft(String name, String curiosity, Community.Access access, List<String> labels) {

    public static CommunityDraft of(String name, String curiosity, String access, String labels) {
        String cleanName = oneLine(name);
        if (cleanName.isEmpty()) {
            throw OutloudException.invalid("outloud.community.error.name-missing");
        }
        if (cleanName.codePointCount(0, cleanName.length()) > Community.MAX_NAME) {
            throw OutloudException.invalid("outloud.community.error.name-too-long", Community.MAX_NAME);
        }
        String cleanCuriosity = curiosity == null ? "" : curiosity.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").strip();
        if (cleanCuriosity.codePointCount(0, cleanCuriosity.length()) > Community.MAX_CURIOSITY) {
            throw OutloudException.invalid("outloud.community.error.curiosity-too-long", Community.MAX_CURIOSITY);
        }
        return new CommunityDraft(cleanName, cleanCuriosity, access(access), labels(labels));
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    static Community.Access access(String access) {
        if (access == null || access.isBlank() || access.trim().equalsIgnoreCase("open")) {
            return Community.Access.OPEN;
        }
        if (access.trim().equalsIgnoreCase("closed")) {
            return Community.Access.CLOSED;
        }
        throw OutloudException.invalid("outloud.community.error.access", "open, closed");
    }

    /** Label keys from a list separated by commas or spaces: lower case, each a key. */
    static List<String> labels(String labels) {
        if (labels == null || labels.isBlank()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String label : labels.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (label.isEmpty()) {
                continue;
            }
            if (!CommunityKeys.isKey(label)) {
                throw OutloudException.invalid("outloud.community.error.label", label.length() > 50 ? label.substring(0, 50) + "\u2026" : label);
            }
            keys.add(label);
        }
        if (keys.size() > Community.MAX_LABELS) {
            throw OutloudException.invalid("outloud.community.error.too-many-labels", Community.MAX_LABELS);
        }
        return new ArrayList<>(keys);
    }
}
