package io.outloud.common.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.common.privacy.ExportSink;
import io.outloud.common.privacy.PersonalData;
import io.outloud.common.privacy.TextsOnErasure;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A feature's tables that hold person keys, and what each feature's {@link PersonalData} shares: the export (every
 * column of every row that names the person, read {@value #PAGE} rows at a time by id), the rows' count, the next key
 * a column holds, and the two ways of erasing a column (delete the rows, or put {@link TextsOnErasure#ERASED} where the
 * key was). A feature lists its columns and says how it erases.
 */
public abstract class PersonTables implements PersonalData {
    static final int PAGE = 500;

    protected final ActiveObjects ao;
    private final List<Column> columns;

    /** A column holding person keys, exported as the named section. */
    public record Column(String section, Class<? extends Entity> type, String column) {
    }

    protected PersonTables(ActiveObjects ao, List<Column> columns) {
        this.ao = ao;
        this.columns = List.copyOf(columns);
    }

    @Override
    public void export(String userKey, ExportSink sink) {
        for (Column column : columns) {
            sink.section(column.section());
            List<Method> getters = getters(column.type());
            eachRow(column.type(), column.column() + " = ?", userKey, row -> sink.row(fields(row, getters)));
        }
    }

    @Override
    public long size(String userKey) {
        long rows = 0;
        for (Column column : columns) {
            rows += ao.count(column.type(), column.column() + " = ?", userKey);
        }
        return rows;
    }

    @Override
    public Optional<String> nextHolder(String after) {
        Optional<String> first = Optional.empty();
        for (Column column : columns) {
            Entity[] rows = ao.find(column.type(), Query.select("ID, " + column.column())
                    .where(column.column() + " > ?", after).order(column.column()).limit(1));
            if (rows.length > 0) {
                String key = (String) value(rows[0], getter(column.type(), column.column()));
                if (first.isEmpty() || key.compareTo(first.get()) < 0) {
                    first = Optional.of(key);
                }
            }
        }
        return first;
    }

    /** Deletes every row of the table whose column holds the person's key. */
    protected void delete(Class<? extends Entity> type, String column, String userKey) {
        ao.deleteWithSQL(type, column + " = ?", userKey);
    }

    /**
     * Puts {@link TextsOnErasure#ERASED} where the person's key was, and lets {@code alsoOnEach} change each row too
     * (a unique key that held the person's key), then saves the row.
     */
    protected <T extends Entity> void anonymise(Class<T> type, String column, String userKey, Consumer<T> alsoOnEach) {
        Method setter = setter(type, column);
        T[] rows;
        do {
            rows = ao.find(type, Query.select().where(column + " = ?", userKey).order("ID").limit(PAGE));
            for (T row : rows) {
                invoke(setter, row, TextsOnErasure.ERASED);
                alsoOnEach.accept(row);
                row.save();
            }
        } while (rows.length == PAGE);
    }

    /** A unique value for a row that no longer names anyone. */
    protected static String erasedSlot(Entity row) {
        return TextsOnErasure.ERASED + row.getID();
    }

    private <T extends Entity> void eachRow(Class<T> type, String where, String userKey, Consumer<T> each) {
        int last = 0;
        T[] rows;
        do {
            rows = ao.find(type, Query.select().where(where + " AND ID > ?", userKey, last).order("ID").limit(PAGE));
            for (T row : rows) {
                each.accept(row);
                last = row.getID();
            }
        } while (rows.length == PAGE);
    }

    private static Map<String, Object> fields(Object row, List<Method> getters) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Method getter : getters) {
            String name = getter.getName().startsWith("is") ? getter.getName().substring(2) : getter.getName().substring(3);
            fields.put(name.equals("ID") ? "id" : Character.toLowerCase(name.charAt(0)) + name.substring(1), value(row, getter));
        }
        return fields;
    }

    /** Every value the entity declares (strings, numbers, flags), in a stable order: id first, then by name. */
    static List<Method> getters(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0)
                .filter(m -> m.getName().startsWith("get") || m.getName().startsWith("is"))
                .filter(m -> m.getReturnType() == String.class || m.getReturnType() == int.class || m.getReturnType() == long.class
                        || m.getReturnType() == boolean.class)
                .sorted(Comparator.comparing((Method m) -> !m.getName().equals("getID")).thenComparing(Method::getName))
                .toList();
    }

    private static Method getter(Class<?> type, String column) {
        return method(type, "get" + camel(column));
    }

    private static Method setter(Class<?> type, String column) {
        try {
            return type.getMethod("set" + camel(column), String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no setter for " + column, e);
        }
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no " + name, e);
        }
    }

    /** AUTHOR_KEY -> AuthorKey, as Active Objects names columns after their accessors. */
    static String camel(String column) {
        StringBuilder name = new StringBuilder();
        for (String part : column.toLowerCase(Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static Object value(Object row, Method getter) {
        return invoke(getter, row);
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
