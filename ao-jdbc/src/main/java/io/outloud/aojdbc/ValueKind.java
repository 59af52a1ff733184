package io.outloud.aojdbc;

import net.java.ao.RawEntity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Date;

/** The property types the JDBC implementation supports, with their JDBC binding and reading. */
enum ValueKind {
    STRING(Types.VARCHAR),
    INTEGER(Types.INTEGER),
    LONG(Types.BIGINT),
    BOOLEAN(Types.BOOLEAN),
    DOUBLE(Types.DOUBLE),
    DATE(Types.TIMESTAMP),
    ENUM(Types.VARCHAR);

    final int sqlType;

    ValueKind(int sqlType) {
        this.sqlType = sqlType;
    }

    /** The kind of a Java property type, or null when unsupported. */
    static ValueKind of(Class<?> type) {
        if (type == String.class) {
            return STRING;
        } else if (type == int.class || type == Integer.class) {
            return INTEGER;
        } else if (type == long.class || type == Long.class) {
            return LONG;
        } else if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        } else if (type == double.class || type == Double.class) {
            return DOUBLE;
        } else if (type == Date.class) {
            return DATE;
        } else if (type.isEnum()) {
            return ENUM;
        }
        return null;
    }

    /** Reads a column; SQL NULL becomes null (the entity proxy turns it into 0/false for primitives). */
    Object read(ResultSet rs, String column, Class<?> javaType) throws SQLException {
        Object value = switch (this) {
            case STRING -> rs.getString(column);
            case INTEGER -> rs.getInt(column);
            case LONG -> rs.getLong(column);
            case BOOLEAN -> rs.getBoolean(column);
            case DOUBLE -> rs.getDouble(column);
            case DATE -> toDate(rs.getTimestamp(column));
            case ENUM -> toEnum(javaType, rs.getString(column));
        };
        return rs.wasNull() ? null : value;
    }

    private static Date toDate(Timestamp timestamp) {
        // A plain Date, so equals() is symmetric with the Dates the plugin passes in.
        return timestamp == null ? null : new Date(timestamp.getTime());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object toEnum(Class<?> type, String name) {
        return name == null ? null : Enum.valueOf((Class) type, name);
    }

    /** Binds any supported value (also used for where-clause parameters, whose kind is only known from the value). */
    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof RawEntity<?> entity) {
            bind(statement, index, EntityHandler.of(entity).key()); // as AO: an entity parameter means its key
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else if (value instanceof Date d && !(value instanceof Timestamp)) {
            statement.setTimestamp(index, new Timestamp(d.getTime()));
        } else if (value instanceof Character c) {
            statement.setString(index, c.toString());
        } else {
            statement.setObject(index, value);
        }
    }

    /** Binds a value for a known column, so NULL is typed (PostgreSQL needs that in SET/VALUES). */
    void bindTyped(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            bind(statement, index, value);
        }
    }
}
