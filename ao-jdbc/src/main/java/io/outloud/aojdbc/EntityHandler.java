package io.outloud.aojdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Behind every entity proxy: the row values loaded so far, the properties changed since the last {@code save()}.
 * Like AO's entity proxy, the first call of a getter for a column that was not loaded runs one SELECT of that
 * column (so statement counts match AO's); streamed (read-only) entities fail instead, and reject setters and
 * {@code save()}.
 * Not thread-safe, like AO entities.
 */
final class EntityHandler implements InvocationHandler {
    private final JdbcActiveObjects store;
    private final EntityModel model;
    private final Object key;
    private final Map<String, Object> values;
    private final Set<String> dirty = new LinkedHashSet<>();
    private final boolean readOnly;

    EntityHandler(JdbcActiveObjects store, EntityModel model, Object key, Map<String, Object> values, boolean readOnly) {
        this.store = store;
        this.model = model;
        this.key = Objects.requireNonNull(key, "primary key");
        this.values = new HashMap<>(values);
        this.values.put(model.primaryKey.name(), key);
        this.readOnly = readOnly;
    }

    <T> T newProxy() {
        @SuppressWarnings("unchecked")
        T proxy = (T) Proxy.newProxyInstance(model.type.getClassLoader(), new Class<?>[]{model.type}, this);
        return proxy;
    }

    static EntityHandler of(Object entity) {
        if (entity != null && Proxy.isProxyClass(entity.getClass())
                && Proxy.getInvocationHandler(entity) instanceof EntityHandler handler) {
            return handler;
        }
        throw new IllegalArgumentException("Not an entity of ao-jdbc: " + entity);
    }

    EntityModel model() {
        return model;
    }

    Object key() {
        return key;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return invokeObjectMethod(method, args);
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        if (method.getName().equals("save") && method.getParameterCount() == 0) {
            save();
            return null;
        }
        ColumnModel getterColumn = model.columnOfGetter(method);
        if (getterColumn != null) {
            return get(getterColumn);
        }
        ColumnModel setterColumn = model.columnOfSetter(method);
        if (setterColumn != null) {
            set(setterColumn, args[0]);
            return null;
        }
        throw new UnsupportedOperationException("ao-jdbc does not implement " + method);
    }

    private Object invokeObjectMethod(Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> args[0] != null && Proxy.isProxyClass(args[0].getClass())
                    && Proxy.getInvocationHandler(args[0]) instanceof EntityHandler other
                    && other.model.type == model.type && other.key.equals(key);
            case "hashCode" -> 31 * model.type.hashCode() + key.hashCode();
            case "toString" -> describe();
            default -> throw new UnsupportedOperationException(method.getName());
        };
    }

    private Object get(ColumnModel column) {
        if (!values.containsKey(column.name())) {
            if (readOnly) {
                throw new IllegalStateException("Column " + column.name() + " of " + model.type.getSimpleName()
                        + " was not selected by the stream query; streamed entities are read-only and not lazily loaded");
            }
            load(column);
        }
        Object value = values.get(column.name());
        return value == null ? column.nullValue() : value;
    }

    private void load(ColumnModel column) {
        Map<String, Object> loaded = store.loadColumns(model, key, List.of(column));
        if (loaded == null) {
            throw new IllegalStateException(model.type.getSimpleName() + " " + key + " no longer exists");
        }
        values.put(column.name(), loaded.get(column.name()));
    }

    private void set(ColumnModel column, Object value) {
        if (readOnly) {
            throw new UnsupportedOperationException("Streamed entities are read-only: " + column.setter().getName());
        }
        if (column.primaryKey()) {
            throw new UnsupportedOperationException("The primary key " + column.name() + " cannot be changed");
        }
        values.put(column.name(), value);
        dirty.add(column.name());
    }

    private void save() {
        if (readOnly) {
            throw new UnsupportedOperationException("Streamed entities are read-only: save()");
        }
        if (dirty.isEmpty()) {
            return;
        }
        Map<String, Object> changes = new HashMap<>();
        for (String column : dirty) {
            changes.put(column, values.get(column));
        }
        store.update(model, key, changes);
        dirty.clear();
    }

    private String describe() {
        StringJoiner joiner = new StringJoiner(", ", model.type.getSimpleName() + "{", "}");
        for (ColumnModel column : model.columns.values()) {
            if (values.containsKey(column.name())) {
                joiner.add(column.name() + "=" + abbreviate(values.get(column.name())) + (dirty.contains(column.name()) ? "*" : ""));
            }
        }
        return joiner.toString();
    }

    private static String abbreviate(Object value) {
        String text = value instanceof String s ? "'" + s + "'" : String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
