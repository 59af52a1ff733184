package io.outloud.aojdbc;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import javax.sql.DataSource;
import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * {@link ActiveObjects} over plain JDBC on H2 2.x or PostgreSQL, for tests and the preview host only.
 *
 * <p>Tables and columns are named as by Atlassian's AO plugin ({@link AoNaming}); where and order clauses are
 * quoted as AO quotes them ({@link ClauseQuoter}). Outside {@link #executeInTransaction} every call uses its own
 * auto-commit connection; inside, all calls of the thread share one transaction. Thread-safe.
 *
 * <p>As in AO, {@code Query.select()} and {@code get} load the primary key and the entity's {@code @Preload} columns;
 * {@code Query.select("ID, PAGE_ID")} loads the primary key and the named columns. The first call of a getter of any
 * other column runs one SELECT for that column of that entity. Entities passed to {@code stream} are read-only and
 * hold only the selected columns; their other getters fail.
 */
public final class JdbcActiveObjects implements ActiveObjects {
    private static final int STREAM_FETCH_SIZE = 100;

    private final DataSource dataSource;
    private final String pluginKey;
    private final Transactions transactions;
    private final ConcurrentMap<Class<?>, EntityModel> models = new ConcurrentHashMap<>();
    private final Object migrationLock = new Object();
    private volatile Dialect dialect;

    public JdbcActiveObjects(DataSource dataSource, String pluginKey) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.pluginKey = Objects.requireNonNull(pluginKey, "pluginKey");
        AoNaming.tablePrefix(pluginKey); // rejects an empty key now rather than at first use
        this.transactions = new Transactions(dataSource);
    }

    public String pluginKey() {
        return pluginKey;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The table of an entity type, e.g. {@code AO_1514BA_BLOCK_ENTITY}. */
    public String tableName(Class<? extends RawEntity<?>> type) {
        return model(type).tableName;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        List<EntityModel> toMigrate = Arrays.stream(entities).map(this::model).toList();
        synchronized (migrationLock) { // concurrent migrations of one instance would race on "does it exist yet"
            transactions.withConnection("Migrating " + toMigrate.stream().map(m -> m.tableName).toList(), connection -> {
                SchemaMigrator migrator = new SchemaMigrator(connection, dialect(connection));
                for (EntityModel model : toMigrate) {
                    migrator.migrate(model);
                }
                return null;
            });
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        EntityModel model = model(type);
        Map<String, Object> row = loadColumns(model, Objects.requireNonNull(key, "key"), model.preloaded);
        return row == null ? null : new EntityHandler(this, model, row.get(model.primaryKey.name()), row, false).newProxy();
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (DBParam param : params) {
            if (values.containsKey(param.getField())) {
                throw new IllegalArgumentException("Field " + param.getField() + " given twice");
            }
            values.put(param.getField(), param.getValue());
        }
        return insert(model(type), values);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return insert(model(type), new LinkedHashMap<>(params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        Map<EntityModel, List<Object>> keysByModel = new LinkedHashMap<>();
        for (RawEntity<?> entity : entities) {
            EntityHandler handler = EntityHandler.of(entity);
            keysByModel.computeIfAbsent(handler.model(), m -> new ArrayList<>()).add(handler.key());
        }
        keysByModel.forEach((model, keys) -> {
            String sql = "DELETE FROM " + Dialect.quote(model.tableName) + " WHERE " + Dialect.quote(model.primaryKey.name())
                    + " IN (" + keys.stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
            executeUpdate("Deleting from " + model.tableName, sql, keys.toArray());
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        EntityModel model = model(type);
        String sql = "DELETE FROM " + Dialect.quote(model.tableName) + whereSql(criteria);
        return executeUpdate("Deleting from " + model.tableName, sql, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return find(type, Query.select().where(criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        EntityModel model = model(type);
        List<ColumnModel> selected = selectedColumns(model, query);
        String sql = selectSql(model, selected, query);
        List<T> found = transactions.withConnection("Finding " + model.tableName, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, query.getWhereParams());
                 ResultSet rs = statement.executeQuery()) {
                List<T> entities = new ArrayList<>();
                while (rs.next()) {
                    entities.add(toEntity(model, rs, selected, false));
                }
                return entities;
            }
        });
        @SuppressWarnings("unchecked")
        T[] array = (T[]) Array.newInstance(type, found.size());
        return found.toArray(array);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        EntityModel model = model(type);
        List<ColumnModel> selected = selectedColumns(model, query);
        String sql = selectSql(model, selected, query);
        transactions.withConnection("Streaming " + model.tableName, connection -> {
            // PostgreSQL only streams with a cursor inside a transaction; otherwise it reads the whole result.
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = prepare(connection, sql, query.getWhereParams())) {
                statement.setFetchSize(STREAM_FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        T entity = toEntity(model, rs, selected, true);
                        streamCallback.onRowRead(entity);
                    }
                }
            } finally {
                if (ownTransaction) {
                    connection.rollback(); // read only: nothing to keep
                    connection.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return count(type, Query.select().where(criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        EntityModel model = model(type);
        String sql = "SELECT COUNT(*) FROM " + Dialect.quote(model.tableName) + whereSql(query.getWhereClause());
        return transactions.withConnection("Counting " + model.tableName, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, query.getWhereParams());
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return transactions.execute(Objects.requireNonNull(callback, "callback"));
    }

    /** Some columns of one row, or null when the row does not exist; used by {@code get} and lazy loading. */
    Map<String, Object> loadColumns(EntityModel model, Object key, List<ColumnModel> selected) {
        String sql = "SELECT " + columnList(selected) + " FROM " + Dialect.quote(model.tableName)
                + " WHERE " + Dialect.quote(model.primaryKey.name()) + " = ?";
        return transactions.withConnection("Loading from " + model.tableName, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, new Object[]{key});
                 ResultSet rs = statement.executeQuery()) {
                return rs.next() ? readRow(rs, selected) : null;
            }
        });
    }

    /** Writes changed columns of an entity; called by {@code save()}. */
    void update(EntityModel model, Object key, Map<String, Object> changes) {
        List<ColumnModel> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        changes.forEach((name, value) -> {
            columns.add(model.column(name));
            values.add(value);
        });
        String sql = "UPDATE " + Dialect.quote(model.tableName) + " SET "
                + columns.stream().map(c -> Dialect.quote(c.name()) + " = ?").collect(Collectors.joining(", "))
                + " WHERE " + Dialect.quote(model.primaryKey.name()) + " = ?";
        transactions.withConnection("Saving " + model.type.getSimpleName() + " " + key, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).kind().bindTyped(statement, i + 1, values.get(i));
                }
                ValueKind.bind(statement, columns.size() + 1, key);
                statement.executeUpdate();
            }
            return null;
        });
    }

    private <T> T insert(EntityModel model, Map<String, Object> rawValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        rawValues.forEach((field, value) -> {
            ColumnModel column = model.column(field);
            values.put(column.name(), ParamCoercion.coerce(column, value));
        });
        ColumnModel key = model.primaryKey;
        if (!key.autoIncrement() && values.get(key.name()) == null) {
            throw new IllegalArgumentException("Creating " + model.type.getSimpleName() + " needs a value for its primary key " + key.name());
        }
        List<ColumnModel> columns = values.keySet().stream().map(model::column).toList();
        String sql = "INSERT INTO " + Dialect.quote(model.tableName) + (columns.isEmpty() ? " DEFAULT VALUES"
                : " (" + columnList(columns) + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")");
        Object id = transactions.withConnection("Creating " + model.type.getSimpleName(), connection -> {
            boolean generated = key.autoIncrement() && !values.containsKey(key.name());
            try (PreparedStatement statement = generated
                    ? connection.prepareStatement(sql, new String[]{key.name()})
                    : connection.prepareStatement(sql)) {
                int index = 1;
                for (ColumnModel column : columns) {
                    column.kind().bindTyped(statement, index++, values.get(column.name()));
                }
                statement.executeUpdate();
                if (!generated) {
                    return values.get(key.name());
                }
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("No generated key returned for " + model.tableName);
                    }
                    return key.kind() == ValueKind.LONG ? (Object) keys.getLong(1) : (Object) keys.getInt(1);
                }
            }
        });
        return new EntityHandler(this, model, id, values, false).newProxy();
    }

    private int executeUpdate(String what, String sql, Object[] parameters) {
        return transactions.withConnection(what, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    private <T> T toEntity(EntityModel model, ResultSet rs, List<ColumnModel> selected, boolean readOnly) throws SQLException {
        Map<String, Object> row = readRow(rs, selected);
        return new EntityHandler(this, model, row.get(model.primaryKey.name()), row, readOnly).newProxy();
    }

    private static Map<String, Object> readRow(ResultSet rs, List<ColumnModel> columns) throws SQLException {
        Map<String, Object> row = new HashMap<>();
        for (ColumnModel column : columns) {
            row.put(column.name(), column.kind().read(rs, column.name(), column.javaType()));
        }
        return row;
    }

    private static List<ColumnModel> selectedColumns(EntityModel model, Query query) {
        if (!query.getFields().iterator().hasNext()) {
            return model.preloaded;
        }
        List<ColumnModel> selected = new ArrayList<>();
        selected.add(model.primaryKey); // entities need their key even when the query does not name it
        for (String field : query.getFields()) {
            ColumnModel column = model.column(field);
            if (!selected.contains(column)) {
                selected.add(column);
            }
        }
        return Collections.unmodifiableList(selected);
    }

    private static String selectSql(EntityModel model, List<ColumnModel> selected, Query query) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columnList(selected))
                .append(" FROM ").append(Dialect.quote(model.tableName))
                .append(whereSql(query.getWhereClause()));
        String order = query.getOrderClause();
        if (order != null && !order.isBlank()) {
            sql.append(" ORDER BY ").append(ClauseQuoter.order(order));
        }
        // Standard OFFSET/FETCH: understood by H2 2.x and PostgreSQL alike.
        if (query.getOffset() > 0) {
            sql.append(" OFFSET ").append(query.getOffset()).append(" ROWS");
        }
        if (query.getLimit() >= 0) {
            sql.append(" FETCH FIRST ").append(query.getLimit()).append(" ROWS ONLY");
        }
        return sql.toString();
    }

    private static String whereSql(String criteria) {
        return criteria == null || criteria.isBlank() ? "" : " WHERE " + ClauseQuoter.where(criteria);
    }

    private static String columnList(List<ColumnModel> columns) {
        return columns.stream().map(c -> Dialect.quote(c.name())).collect(Collectors.joining(", "));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            if (parameters != null) {
                for (int i = 0; i < parameters.length; i++) {
                    ValueKind.bind(statement, i + 1, parameters[i]);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private EntityModel model(Class<?> type) {
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>> entityType = (Class<? extends RawEntity<?>>) type;
        return models.computeIfAbsent(type, t -> EntityModel.of(entityType, pluginKey));
    }

    private Dialect dialect(Connection connection) throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.detect(connection);
            dialect = known;
        }
        return known;
    }
}
