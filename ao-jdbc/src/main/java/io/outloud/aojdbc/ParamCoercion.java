package io.outloud.aojdbc;

import java.util.Date;

/**
 * Converts a value given to {@code create} into the column's Java type, so the created entity's getters return
 * exactly what a freshly loaded entity would; incompatible values are rejected before any SQL runs.
 */
final class ParamCoercion {
    private ParamCoercion() {
    }

    static Object coerce(ColumnModel column, Object value) {
        if (value == null) {
            return null;
        }
        Object converted = switch (column.kind()) {
            case STRING -> value instanceof String ? value : null;
            case INTEGER -> isWholeNumber(value) && fitsInt(((Number) value).longValue()) ? ((Number) value).intValue() : null;
            case LONG -> isWholeNumber(value) ? ((Number) value).longValue() : null;
            case DOUBLE -> value instanceof Number n ? n.doubleValue() : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case DATE -> value instanceof Date d ? new Date(d.getTime()) : null;
            case ENUM -> toEnum(column.javaType(), value);
        };
        if (converted == null) {
            throw new IllegalArgumentException("Value " + value + " (" + value.getClass().getName() + ") does not fit column "
                    + column.name() + " of type " + column.javaType().getSimpleName());
        }
        return converted;
    }

    private static boolean isWholeNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    private static boolean fitsInt(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    private static Object toEnum(Class<?> enumType, Object value) {
        if (enumType.isInstance(value)) {
            return value;
        }
        if (value instanceof String name) {
            for (Object constant : enumType.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
        }
        return null;
    }
}
