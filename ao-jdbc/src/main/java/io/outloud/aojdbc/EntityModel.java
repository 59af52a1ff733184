package io.outloud.aojdbc;

import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of an entity interface: its name, columns and accessor-to-column mapping. Built once per entity type;
 * unsupported shapes are rejected here, so {@code migrate} fails early with a clear message.
 */
final class EntityModel {
    static final int DEFAULT_STRING_LENGTH = 255;

    final Class<? extends RawEntity<?>> type;
    final String tableName;
    final ColumnModel primaryKey;
    /** Primary key first, then the other columns in name order (stable DDL). */
    final Map<String, ColumnModel> columns;
    /** What {@code Query.select()} and {@code get} load: the primary key plus the {@code @Preload} columns. */
    final List<ColumnModel> preloaded;
    private final Map<Method, ColumnModel> getters;
    private final Map<Method, ColumnModel> setters;

    private EntityModel(Class<? extends RawEntity<?>> type, String tableName, ColumnModel primaryKey,
                        Map<String, ColumnModel> columns, Map<Method, ColumnModel> getters,
                        Map<Method, ColumnModel> setters) {
        this.type = type;
        this.tableName = tableName;
        this.primaryKey = primaryKey;
        this.columns = columns;
        this.preloaded = preloaded(type, primaryKey, columns);
        this.getters = getters;
        this.setters = setters;
    }

    ColumnModel columnOfGetter(Method method) {
        return getters.get(method);
    }

    ColumnModel columnOfSetter(Method method) {
        return setters.get(method);
    }

    ColumnModel column(String name) {
        ColumnModel column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("No column " + name + " in " + tableName + " (entity "
                    + type.getSimpleName() + "); columns are " + columns.keySet());
        }
        return column;
    }

    private static List<ColumnModel> preloaded(Class<?> type, ColumnModel primaryKey, Map<String, ColumnModel> columns) {
        Preload preload = type.getAnnotation(Preload.class);
        if (preload == null) {
            return List.of(primaryKey);
        }
        List<ColumnModel> result = new ArrayList<>(List.of(primaryKey));
        for (String name : preload.value()) {
            if (Preload.ALL.equals(name.trim())) {
                return List.copyOf(columns.values());
            }
            ColumnModel column = columns.get(name.trim());
            if (column == null) {
                throw unsupported(type, "@Preload names unknown column " + name + "; columns are " + columns.keySet());
            }
            if (!result.contains(column)) {
                result.add(column);
            }
        }
        return List.copyOf(result);
    }

    static EntityModel of(Class<? extends RawEntity<?>> type, String pluginKey) {
        if (!type.isInterface() || !RawEntity.class.isAssignableFrom(type)) {
            throw unsupported(type, "an entity must be an interface extending RawEntity or Entity");
        }
        Map<String, Method> gettersByColumn = new HashMap<>();
        Map<String, Method> settersByColumn = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (isIgnored(method)) {
                continue;
            }
            String name = method.getName();
            int arity = method.getParameterCount();
            if (arity == 0 && method.getReturnType() != void.class && isGetterName(name, method.getReturnType())) {
                putAccessor(type, gettersByColumn, method);
            } else if (arity == 1 && method.getReturnType() == void.class && name.startsWith("set") && name.length() > 3) {
                putAccessor(type, settersByColumn, method);
            } else {
                throw unsupported(type, "method " + name + " is neither a getter nor a setter");
            }
        }
        for (String column : settersByColumn.keySet()) {
            if (!gettersByColumn.containsKey(column)) {
                throw unsupported(type, "setter " + settersByColumn.get(column).getName() + " has no getter");
            }
        }
        String tableName = AoNaming.tableName(type, pluginKey);
        List<ColumnModel> built = new ArrayList<>();
        for (Map.Entry<String, Method> entry : gettersByColumn.entrySet()) {
            built.add(column(type, entry.getKey(), entry.getValue(), settersByColumn.get(entry.getKey())));
        }
        List<ColumnModel> keys = built.stream().filter(ColumnModel::primaryKey).toList();
        if (keys.size() != 1) {
            throw unsupported(type, "exactly one @PrimaryKey accessor is required, found " + keys.size());
        }
        built.sort((a, b) -> a.primaryKey() ? -1 : b.primaryKey() ? 1 : a.name().compareTo(b.name()));
        Map<String, ColumnModel> columns = new LinkedHashMap<>();
        Map<Method, ColumnModel> getters = new HashMap<>();
        Map<Method, ColumnModel> setters = new HashMap<>();
        for (ColumnModel column : built) {
            columns.put(column.name(), column);
            getters.put(column.getter(), column);
            if (column.setter() != null) {
                setters.put(column.setter(), column);
            }
        }
        return new EntityModel(type, tableName, keys.get(0), Collections.unmodifiableMap(columns),
                Collections.unmodifiableMap(getters), Collections.unmodifiableMap(setters));
    }

    private static boolean isIgnored(Method method) {
        // save() and Object-like members are handled by the proxy; default and static methods are plain code.
        return Modifier.isStatic(method.getModifiers()) || method.isDefault()
                || (method.getName().equals("save") && method.getParameterCount() == 0)
                || method.getDeclaringClass() == Object.class;
    }

    private static boolean isGetterName(String name, Class<?> returnType) {
        return (name.startsWith("get") && name.length() > 3)
                || (name.startsWith("is") && name.length() > 2 && (returnType == boolean.class || returnType == Boolean.class));
    }

    private static void putAccessor(Class<?> type, Map<String, Method> byColumn, Method method) {
        String column = AoNaming.columnName(method);
        Method previous = byColumn.put(column, method);
        if (previous != null && !previous.getName().equals(method.getName())) {
            throw unsupported(type, previous.getName() + " and " + method.getName() + " both map to column " + column);
        }
    }

    private static ColumnModel column(Class<?> type, String name, Method getter, Method setter) {
        Class<?> javaType = getter.getReturnType();
        ValueKind kind = ValueKind.of(javaType);
        if (kind == null) {
            throw unsupported(type, getter.getName() + " returns " + javaType.getName()
                    + "; supported are String, int/Integer, long/Long, boolean/Boolean, double/Double, java.util.Date"
                    + " and enums (entity references, arrays and collections are not)");
        }
        if (setter != null && setter.getParameterTypes()[0] != javaType) {
            throw unsupported(type, setter.getName() + " takes " + setter.getParameterTypes()[0].getName()
                    + " but " + getter.getName() + " returns " + javaType.getName());
        }
        boolean primaryKey = has(getter, setter, PrimaryKey.class);
        boolean autoIncrement = has(getter, setter, AutoIncrement.class);
        if (autoIncrement && kind != ValueKind.INTEGER && kind != ValueKind.LONG) {
            throw unsupported(type, "@AutoIncrement needs an int or long property: " + getter.getName());
        }
        if (autoIncrement && !primaryKey) {
            throw unsupported(type, "@AutoIncrement is only supported on the primary key: " + getter.getName());
        }
        Integer length = stringLength(type, getter, setter, kind);
        Default defaultValue = annotation(getter, setter, Default.class);
        return new ColumnModel(name, javaType, kind, getter, setter, primaryKey, autoIncrement,
                primaryKey || has(getter, setter, NotNull.class), has(getter, setter, Indexed.class),
                has(getter, setter, Unique.class), length, defaultValue == null ? null : defaultValue.value());
    }

    private static Integer stringLength(Class<?> type, Method getter, Method setter, ValueKind kind) {
        StringLength annotation = annotation(getter, setter, StringLength.class);
        if (kind != ValueKind.STRING && kind != ValueKind.ENUM) {
            if (annotation != null) {
                throw unsupported(type, "@StringLength on a non-String property: " + getter.getName());
            }
            return null;
        }
        if (annotation == null) {
            return DEFAULT_STRING_LENGTH;
        }
        int value = annotation.value();
        if (value == StringLength.UNLIMITED) {
            return null;
        }
        // AO refuses lengths above MAX_LENGTH (450); UNLIMITED is the way to store more.
        if (value < 1 || value > StringLength.MAX_LENGTH) {
            throw unsupported(type, "@StringLength(" + value + ") on " + getter.getName() + " must be 1.."
                    + StringLength.MAX_LENGTH + " or StringLength.UNLIMITED");
        }
        return value;
    }

    private static boolean has(Method getter, Method setter, Class<? extends java.lang.annotation.Annotation> annotation) {
        return annotation(getter, setter, annotation) != null;
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(Method getter, Method setter, Class<A> type) {
        A onGetter = getter.getAnnotation(type);
        return onGetter != null || setter == null ? onGetter : setter.getAnnotation(type);
    }

    private static IllegalArgumentException unsupported(Class<?> type, String why) {
        return new IllegalArgumentException("Unsupported entity " + type.getName() + ": " + why);
    }
}
