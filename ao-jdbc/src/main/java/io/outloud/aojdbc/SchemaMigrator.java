package io.outloud.aojdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Brings tables up to their entity models without ever dropping anything: creates missing tables, adds missing
 * columns, indexes ({@code @Indexed}) and unique constraints ({@code @Unique}). Existing columns are not altered.
 */
final class SchemaMigrator {
    private final Connection connection;
    private final Dialect dialect;

    SchemaMigrator(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    void migrate(EntityModel model) throws SQLException {
        Set<String> existingColumns = existingColumns(model.tableName);
        if (existingColumns.isEmpty()) {
            execute(createTable(model));
        } else {
            for (ColumnModel column : model.columns.values()) {
                if (!existingColumns.contains(column.name())) {
                    execute("ALTER TABLE " + Dialect.quote(model.tableName) + " ADD COLUMN " + columnDefinition(column));
                }
            }
        }
        addMissingIndexes(model);
    }

    private String createTable(EntityModel model) {
        List<String> parts = new ArrayList<>();
        for (ColumnModel column : model.columns.values()) {
            parts.add(columnDefinition(column));
        }
        parts.add("CONSTRAINT " + Dialect.quote(shorten("pk_" + model.tableName + "_" + model.primaryKey.name()).toLowerCase(Locale.ROOT))
                + " PRIMARY KEY (" + Dialect.quote(model.primaryKey.name()) + ")");
        return "CREATE TABLE " + Dialect.quote(model.tableName) + " (" + String.join(", ", parts) + ")";
    }

    private String columnDefinition(ColumnModel column) {
        StringBuilder sql = new StringBuilder(Dialect.quote(column.name())).append(' ').append(dialect.columnType(column));
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(DefaultLiteral.render(column));
        }
        if (column.notNull()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private void addMissingIndexes(EntityModel model) throws SQLException {
        Map<String, Boolean> indexedColumns = singleColumnIndexes(model.tableName);
        for (ColumnModel column : model.columns.values()) {
            if (column.primaryKey()) {
                continue;
            }
            if (column.unique() && !Boolean.TRUE.equals(indexedColumns.get(column.name()))) {
                String name = shorten("U_" + model.tableName + "_" + column.name());
                execute("ALTER TABLE " + Dialect.quote(model.tableName) + " ADD CONSTRAINT " + Dialect.quote(name)
                        + " UNIQUE (" + Dialect.quote(column.name()) + ")");
            } else if (column.indexed() && !column.unique() && !indexedColumns.containsKey(column.name())) {
                String name = shorten("index_" + model.tableName.toLowerCase(Locale.ROOT) + "_"
                        + column.name().toLowerCase(Locale.ROOT));
                execute("CREATE INDEX " + Dialect.quote(name) + " ON " + Dialect.quote(model.tableName)
                        + " (" + Dialect.quote(column.name()) + ")");
            }
        }
    }

    private Set<String> existingColumns(String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = metaData.getColumns(connection.getCatalog(), connection.getSchema(), escape(metaData, table), null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    /** Column name -> whether a unique index covers exactly that column, for every single-column index. */
    private Map<String, Boolean> singleColumnIndexes(String table) throws SQLException {
        Map<String, List<String>> columnsByIndex = new HashMap<>();
        Map<String, Boolean> uniqueByIndex = new HashMap<>();
        try (ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index == null || column == null) {
                    continue;
                }
                columnsByIndex.computeIfAbsent(index, k -> new ArrayList<>()).add(column);
                uniqueByIndex.put(index, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        Map<String, Boolean> result = new HashMap<>();
        columnsByIndex.forEach((index, columns) -> {
            if (columns.size() == 1) {
                result.merge(columns.get(0), uniqueByIndex.get(index), Boolean::logicalOr);
            }
        });
        return result;
    }

    private static String escape(DatabaseMetaData metaData, String name) throws SQLException {
        String escape = metaData.getSearchStringEscape();
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    /** Keeps generated constraint names within the database limit, unique through a checksum suffix. */
    private String shorten(String name) {
        int max = dialect.maxIdentifierLength();
        if (name.length() <= max) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String suffix = "_" + Long.toHexString(crc.getValue());
        return name.substring(0, max - suffix.length()) + suffix;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
