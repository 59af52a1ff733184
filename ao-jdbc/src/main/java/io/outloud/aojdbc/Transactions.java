package io.outloud.aojdbc;

import com.atlassian.sal.api.transaction.TransactionCallback;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections for one {@link JdbcActiveObjects}: the current thread's transaction connection when inside
 * {@code executeInTransaction}, otherwise a fresh auto-commit connection per operation.
 */
final class Transactions {
    private final DataSource dataSource;
    private final ThreadLocal<BoundTransaction> current = new ThreadLocal<>();

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work with a connection; the connection must not escape. */
    interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    <R> R withConnection(String what, Work<R> work) {
        BoundTransaction transaction = current.get();
        try {
            if (transaction != null) {
                return work.run(transaction.connection);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw new AoSqlException(what + " failed", e);
        }
    }

    boolean inTransaction() {
        return current.get() != null;
    }

    <T> T execute(TransactionCallback<T> callback) {
        BoundTransaction outer = current.get();
        if (outer != null) {
            return joinOuter(outer, callback);
        }
        BoundTransaction transaction = begin();
        current.set(transaction);
        try {
            T result = callback.doInTransaction();
            if (transaction.rollbackOnly) {
                rollbackQuietly(transaction, null);
                throw new IllegalStateException(
                        "Transaction rolled back: a nested executeInTransaction failed and the failure was caught");
            }
            commit(transaction);
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(transaction, e);
            throw e;
        } finally {
            current.remove();
            close(transaction);
        }
    }

    /** Nested calls share the outer transaction; a failure dooms it, as with Spring's PROPAGATION_REQUIRED. */
    private static <T> T joinOuter(BoundTransaction outer, TransactionCallback<T> callback) {
        try {
            return callback.doInTransaction();
        } catch (RuntimeException | Error e) {
            outer.rollbackOnly = true;
            throw e;
        }
    }

    private BoundTransaction begin() {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                return new BoundTransaction(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new AoSqlException("Beginning a transaction failed", e);
        }
    }

    private static void commit(BoundTransaction transaction) {
        try {
            transaction.connection.commit();
        } catch (SQLException e) {
            throw new AoSqlException("Commit failed", e);
        }
    }

    private static void rollbackQuietly(BoundTransaction transaction, Throwable cause) {
        try {
            transaction.connection.rollback();
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    private static void close(BoundTransaction transaction) {
        try {
            transaction.connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is closed next anyway; a pool would validate it.
        }
        try {
            transaction.connection.close();
        } catch (SQLException ignored) {
            // Nothing useful to do after the transaction has ended.
        }
    }

    private static final class BoundTransaction {
        final Connection connection;
        boolean rollbackOnly;

        BoundTransaction(Connection connection) {
            this.connection = connection;
        }
    }
}
