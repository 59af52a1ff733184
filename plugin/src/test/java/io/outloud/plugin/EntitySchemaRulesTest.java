package io.outloud.plugin;

import io.outloud.aojdbc.AoNaming;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Atlassian's Active Objects rules, on every entity the descriptor's {@code <ao>} module lists: names short
 * enough for every database Confluence supports (Oracle's 30), no reserved words, long text as UNLIMITED,
 * only portable types, no raw SQL types, and an index on every column a store adapter queries by.
 */
class EntitySchemaRulesTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";

    /** Reserved in at least one database Confluence supports (PostgreSQL, Oracle, SQL Server, MySQL, H2). */
    private static final Set<String> RESERVED = Set.of(
            "ACCESS", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AUDIT", "BETWEEN", "BY", "CASE", "CHAR", "CHECK",
            "CLUSTER", "COLUMN", "COMMENT", "COMPRESS", "CONNECT", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "DATE",
            "DATABASE", "DAY", "DECIMAL", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "EXCLUSIVE",
            "EXISTS", "FILE", "FLOAT", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "IDENTIFIED",
            "IMMEDIATE", "IN", "INCREMENT", "INDEX", "INITIAL", "INNER", "INSERT", "INTEGER", "INTERSECT", "INTERVAL",
            "INTO", "IS", "JOIN", "KEY", "KEYS", "LEFT", "LEVEL", "LIKE", "LIMIT", "LOCK", "LONG", "MAXEXTENTS", "MINUS",
            "MODE", "MODIFY", "MONTH", "NATURAL", "NOAUDIT", "NOCOMPRESS", "NOT", "NOWAIT", "NULL", "NUMBER", "OF",
            "OFFLINE", "OFFSET", "ON", "ONLINE", "OPTION", "OR", "ORDER", "OUTER", "PCTFREE", "POSITION", "PRIMARY",
            "PRIOR", "PRIVILEGES", "PUBLIC", "RANGE", "RAW", "READ", "REFERENCES", "RENAME", "RESOURCE", "REVOKE",
            "RIGHT", "ROW", "ROWID", "ROWNUM", "ROWS", "SELECT", "SESSION", "SET", "SHARE", "SIZE", "SMALLINT", "START",
            "SUCCESSFUL", "SYNONYM", "SYSDATE", "TABLE", "THEN", "TIME", "TIMESTAMP", "TO", "TOP", "TRIGGER", "TYPE",
            "UID", "UNION", "UNIQUE", "UPDATE", "USER", "USING", "VALIDATE", "VALUE", "VALUES", "VARCHAR", "VARCHAR2",
            "VIEW", "WHEN", "WHENEVER", "WHERE", "WITH", "YEAR");
    private static final Set<Class<?>> PORTABLE_TYPES = Set.of(String.class, int.class, Integer.class, long.class, Long.class,
            boolean.class, Boolean.class, double.class, Double.class, Date.class);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String OPERATOR = "(?:=|<>|!=|<=|>=|<|>|IN\\b|NOT\\b|LIKE\\b|IS\\b|BETWEEN\\b|ASC\\b|DESC\\b|,)";
    private static final Set<String> SQL_WORDS = Set.of("AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE", "BETWEEN", "ASC", "DESC",
            "LOWER", "UPPER", "COUNT", "DISTINCT");
    private static final Pattern CLAUSE_COLUMN = Pattern.compile("\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\\s*" + OPERATOR);
    private static final Pattern CONSTANT_BEFORE_OPERATOR =
            Pattern.compile("\\.([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\\s*\\+\\s*\"\\s*" + OPERATOR);

    private static List<Class<? extends RawEntity<?>>> entities;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readEntitiesFromTheDescriptor() throws Exception {
        DescriptorChecker descriptor = new DescriptorChecker(EntitySchemaRulesTest.class.getClassLoader());
        entities = new ArrayList<>();
        for (var entity : descriptor.elements("entity")) {
            entities.add((Class<? extends RawEntity<?>>) Class.forName(entity.getTextContent().trim()));
        }
        assertFalse(entities.isEmpty(), "the <ao> module lists entities");
    }

    @Test
    void tableAndColumnNamesFitEveryDatabaseAndAreNotReserved() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            String table = AoNaming.tableName(entity, PLUGIN_KEY);
            String baseName = entity.isAnnotationPresent(Table.class) ? entity.getAnnotation(Table.class).value() : entity.getSimpleName();
            if (table.length() > AoNaming.MAX_NAME_LENGTH) {
                problems.add(table + " is longer than " + AoNaming.MAX_NAME_LENGTH);
            }
            if (RESERVED.contains(AoNaming.upperSnakeCase(baseName).toUpperCase(Locale.ROOT))) {
                problems.add(entity.getSimpleName() + " table name " + baseName + " is a reserved word");
            }
            for (String column : columns(entity).keySet()) {
                if (column.length() > AoNaming.MAX_NAME_LENGTH) {
                    problems.add(entity.getSimpleName() + "." + column + " is longer than " + AoNaming.MAX_NAME_LENGTH);
                }
                if (RESERVED.contains(column)) {
                    problems.add(entity.getSimpleName() + "." + column + " is a reserved word");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void columnsUsePortableTypesAndLongTextIsUnlimited() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            for (Map.Entry<String, Method> column : columns(entity).entrySet()) {
                Method getter = column.getValue();
                Class<?> type = getter.getReturnType();
                if (!PORTABLE_TYPES.contains(type) && !type.isEnum()) {
                    problems.add(entity.getSimpleName() + "." + column.getKey() + " has type " + type.getName());
                }
                StringLength length = getter.getAnnotation(StringLength.class);
                if (length != null && length.value() != StringLength.UNLIMITED
                        && (length.value() < 1 || length.value() > StringLength.MAX_LENGTH)) {
                    problems.add(entity.getSimpleName() + "." + column.getKey() + " @StringLength(" + length.value()
                            + "): above " + StringLength.MAX_LENGTH + " use StringLength.UNLIMITED");
                }
                for (Annotation annotation : getter.getAnnotations()) {
                    if (annotation.annotationType().getSimpleName().equals("SQLType")) {
                        problems.add(entity.getSimpleName() + "." + column.getKey() + " uses a raw SQL type");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Unlimited text the community directory narrows by with a LIKE '%...%' (search, department present): no database
     * indexes that, and AO indexes no unlimited column; the sort's index bounds the walk (AoCommunityStore#page).
     */
    private static final Set<String> UNINDEXABLE_FILTERS = Set.of("SEARCH_TEXT", "DEPARTMENTS");

    /** Any column a store adapter names in a where or order clause must be indexed. */
    @Test
    void everyColumnAStoreQueriesByIsIndexed() throws IOException {
        Set<String> columns = new java.util.HashSet<>();
        Set<String> indexed = new java.util.HashSet<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            columns(entity).forEach((column, getter) -> {
                columns.add(column);
                if (getter.isAnnotationPresent(Indexed.class) || getter.isAnnotationPresent(Unique.class)
                        || getter.isAnnotationPresent(PrimaryKey.class)) {
                    indexed.add(column);
                }
            });
        }
        List<String> problems = new ArrayList<>();
        List<Path> adapters = storeAdapterSources();
        assertFalse(adapters.isEmpty(), "found the store adapters under src/main/java/**/ao/");
        for (Path source : adapters) {
            for (String column : criteriaColumns(Files.readString(source))) {
                if (columns.contains(column) && !indexed.contains(column) && !UNINDEXABLE_FILTERS.contains(column)) {
                    problems.add(source.getFileName() + " queries by " + column + ", which has no index");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void criteriaScanner_findsColumnsInLiteralsAndBeforeConcatenatedOperators() {
        String code = """
                ao.find(AoX.class, Query.select().where("OWNER_KEY = ? AND STATE IN (?, ?)", a, b, c).order("CREATED_AT DESC"));
                ao.count(AoX.class, AoX.PAGE_ID + " = ?", 1);
                ao.deleteWithSQL(AoX.class, AoX.SPACE_KEY + " <> ? AND " + AoX.KIND + " LIKE ?", "a", "b");
                String constantOnly = "MACRO_ID";
                """;
        assertEquals(Set.of("OWNER_KEY", "STATE", "CREATED_AT", "PAGE_ID", "SPACE_KEY", "KIND"), criteriaColumns(code));
    }

    /** Column names in clause strings, and constants concatenated in front of an operator ({@code AoX.PAGE_ID + " = ?"}). */
    static Set<String> criteriaColumns(String code) {
        Set<String> found = new java.util.TreeSet<>();
        Matcher literals = STRING_LITERAL.matcher(code);
        while (literals.find()) {
            String literal = literals.group(1);
            Matcher names = CLAUSE_COLUMN.matcher(literal);
            while (names.find()) {
                if (!SQL_WORDS.contains(names.group(1))) {
                    found.add(names.group(1));
                }
            }
        }
        Matcher constants = CONSTANT_BEFORE_OPERATOR.matcher(code);
        while (constants.find()) {
            found.add(constants.group(1));
        }
        return found;
    }

    private static List<Path> storeAdapterSources() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.getParent().getFileName().toString().equals("ao"))
                    .toList();
        }
    }

    private static Map<String, Method> columns(Class<?> entity) {
        Map<String, Method> columns = new LinkedHashMap<>();
        for (Method method : entity.getMethods()) {
            String name = method.getName();
            boolean getter = method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && (name.startsWith("get") || name.startsWith("is"))
                    && method.getDeclaringClass() != Object.class;
            if (getter && RawEntity.class.isAssignableFrom(method.getDeclaringClass())) {
                columns.put(AoNaming.columnName(method), method);
            }
        }
        return columns;
    }
}
