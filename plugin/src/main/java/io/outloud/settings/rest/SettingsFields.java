package io.outloud.settings.rest;

import io.outloud.common.OutloudException;
import io.outloud.common.rest.RequestBodies;

import java.util.Map;

/** Reads the typed fields of the settings bodies: null when absent, 400 when of another type. */
final class SettingsFields {
    private SettingsFields() {
    }

    static Boolean bool(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Boolean flag)) {
            throw OutloudException.invalid("outloud.settings.error.field-not-boolean", field);
        }
        return flag;
    }

    /** A whole number, or null when absent; anything else is refused as {@link RequestBodies#number} refuses it. */
    static Long number(Map<String, Object> body, String field) {
        return body.get(field) == null ? null : RequestBodies.number(body, field);
    }
}
