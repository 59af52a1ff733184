package io.outloud.aojdbc;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Locale;

/** Renders an {@code @Default} string as a SQL literal of the column's type, rejecting values that do not parse. */
final class DefaultLiteral {
    private DefaultLiteral() {
    }

    static String render(ColumnModel column) {
        String value = column.defaultValue();
        try {
            return switch (column.kind()) {
                case STRING -> stringLiteral(value);
                case ENUM -> {
                    checkEnumConstant(column, value);
                    yield stringLiteral(value);
                }
                case INTEGER -> Integer.toString(Integer.parseInt(value.trim()));
                case LONG -> Long.toString(Long.parseLong(value.trim()));
                case DOUBLE -> Double.toString(Double.parseDouble(value.trim()));
                case BOOLEAN -> Boolean.toString(parseBoolean(value)).toUpperCase(Locale.ROOT);
                case DATE -> "TIMESTAMP " + stringLiteral(checkedDate(value));
            };
        } catch (IllegalArgumentException | ParseException e) {
            throw new IllegalArgumentException("@Default(\"" + value + "\") on " + column.getter().getName()
                    + " is not a valid " + column.javaType().getSimpleName(), e);
        }
    }

    private static String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static boolean parseBoolean(String value) {
        String trimmed = value.trim();
        if (!trimmed.equalsIgnoreCase("true") && !trimmed.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("not true/false");
        }
        return Boolean.parseBoolean(trimmed);
    }

    private static void checkEnumConstant(ColumnModel column, String value) {
        for (Object constant : column.javaType().getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return;
            }
        }
        throw new IllegalArgumentException("no such constant");
    }

    /** AO's date default format. */
    private static String checkedDate(String value) throws ParseException {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        format.setLenient(false);
        format.parse(value);
        return value;
    }
}
