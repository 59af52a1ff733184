package io.outloud.aojdbc;

import java.lang.reflect.Method;

/** One column of an entity table, derived from its accessor annotations. */
record ColumnModel(
        String name,
        Class<?> javaType,
        ValueKind kind,
        Method getter,
        Method setter,
        boolean primaryKey,
        boolean autoIncrement,
        boolean notNull,
        boolean indexed,
        boolean unique,
        Integer stringLength,
        String defaultValue) {

    /** Default for a NULL column read into a primitive property, as AO returns. */
    Object nullValue() {
        if (!javaType.isPrimitive()) {
            return null;
        }
        if (javaType == boolean.class) {
            return false;
        } else if (javaType == int.class) {
            return 0;
        } else if (javaType == long.class) {
            return 0L;
        } else if (javaType == double.class) {
            return 0.0d;
        }
        throw new IllegalStateException("Unexpected primitive " + javaType);
    }
}
