package io.outloud.aojdbc;

import java.sql.SQLException;

/**
 * A database error, unchecked as AO's own {@code ActiveObjectsSqlException}; the cause is the driver's
 * {@link SQLException} (SQLState 23505 is a unique violation on both H2 and PostgreSQL).
 */
public class AoSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AoSqlException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    public SQLException getSqlException() {
        return (SQLException) getCause();
    }

    /** The SQLState of the driver error, e.g. {@code 23505} for a unique violation. */
    public String getSqlState() {
        return getSqlException().getSQLState();
    }
}
