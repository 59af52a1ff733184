package io.outloud.aojdbc.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Connections to one test database, kept open between calls: a physical PostgreSQL connection costs about 100 ms
 * (a backend process and SCRAM authentication), a statement on an open one well under 1 ms, and the stores open a
 * connection per operation. A closed connection goes back (rolled back, auto-commit again) for the next call;
 * concurrent callers get connections of their own. {@link #close()} closes them all.
 * ({@link #getConnection(String, String)} is not kept: no test asks for another user.)
 */
final class KeptConnections extends DriverManagerDataSource implements AutoCloseable {
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> opened = new ArrayList<>();
    private boolean closed;

    KeptConnections(String url) {
        super(url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (this) {
            if (closed) {
                throw new SQLException("The test database is closed");
            }
            physical = idle.poll();
        }
        if (physical == null) {
            physical = super.getConnection();
            synchronized (this) {
                opened.add(physical);
            }
        }
        return lent(physical);
    }

    /** The connection as the caller sees it: closing it gives it back; used after that, it acts closed. */
    private Connection lent(Connection physical) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(KeptConnections.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack(physical);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return returned[0] || physical.isClosed();
                        }
                        case "unwrap" -> {
                            return ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
                        }
                        case "isWrapperFor" -> {
                            return ((Class<?>) args[0]).isInstance(proxy) || physical.isWrapperFor((Class<?>) args[0]);
                        }
                        default -> {
                            if (returned[0]) {
                                throw new SQLException("Connection is closed");
                            }
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private void giveBack(Connection physical) throws SQLException {
        try {
            if (!physical.isClosed() && !physical.getAutoCommit()) {
                physical.rollback(); // what the caller left uncommitted is gone, as with a closed connection
                physical.setAutoCommit(true);
            }
        } catch (SQLException e) {
            physical.close(); // broken: the next call opens a new one
        }
        synchronized (this) {
            if (!closed && !physical.isClosed()) {
                idle.push(physical);
                return;
            }
        }
        physical.close();
    }

    /** Closes every connection it opened, lent or not (a test that is over lends nothing). */
    @Override
    public void close() throws SQLException {
        List<Connection> all;
        synchronized (this) {
            closed = true;
            idle.clear();
            all = List.copyOf(opened);
            opened.clear();
        }
        SQLException failure = null;
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
