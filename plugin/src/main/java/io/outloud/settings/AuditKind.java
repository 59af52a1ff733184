package io.outloud.settings;

import java.util.Arrays;
import java.util.Optional;

/** What the privacy audit records: the acts a works council wants to be able to check afterwards. */
public enum AuditKind {
    /** A site admin changed a privacy setting (detail: "key: old -> new"). */
    SETTING_CHANGED("setting-changed"),
    /** A site admin looked up who gave a piece of feedback (detail: the feedback's id). */
    GIVER_LOOKED_UP("giver-looked-up"),
    /** A person's data was downloaded, by themselves or a site admin. */
    EXPORTED("exported"),
    /** A person was erased (by a site admin, Confluence's user removal or the daily sweep); who is not kept. */
    ERASED("erased");

    private final String code;

    AuditKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AuditKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
