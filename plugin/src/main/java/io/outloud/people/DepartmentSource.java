package io.outloud.people;

import java.util.Optional;

/** Where a person's department comes from: their Confluence profile's department field, or the groups they are in. */
public enum DepartmentSource {
    PROFILE("profile"),
    GROUPS("groups");

    private final String code;

    DepartmentSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DepartmentSource> fromCode(String code) {
        for (DepartmentSource source : values()) {
            if (source.code.equals(code)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
