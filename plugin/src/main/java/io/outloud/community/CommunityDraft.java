package io.outloud.community;

import io.outloud.common.OutloudException;
import io.outloud.common.text.WrittenText;

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
        String cleanName = WrittenText.required(name, WrittenText.Shape.LINE, Community.MAX_NAME,
                "outloud.community.error.name-missing", "outloud.community.error.name-too-long");
        String cleanCuriosity = WrittenText.optional(curiosity, WrittenText.Shape.LINES, Community.MAX_CURIOSITY,
                "outloud.community.error.curiosity-too-long");
        return new CommunityDraft(cleanName, cleanCuriosity, access(access), labels(labels));
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
        String clean = WrittenText.clean(labels, WrittenText.Shape.LINE);
        if (WrittenText.isBlank(clean)) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String label : clean.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (WrittenText.isBlank(label)) {
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
