package io.outloud.aojdbc;

import net.java.ao.RawEntity;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Table and column names exactly as Atlassian's Active Objects plugin derives them.
 *
 * <ul>
 *   <li>prefix: {@code "AO_"} + the last 6 hex digits of the MD5 of the plugin key (AO's namespace), upper case;</li>
 *   <li>table: prefix + {@code "_"} + the simple class name (or {@code @Table} value) in upper snake case;</li>
 *   <li>column: the accessor name without {@code get}/{@code is}/{@code set} (or the {@code @PrimaryKey} value)
 *       in upper snake case, where "snake case" inserts {@code _} only between a lower-case letter or digit and an
 *       upper-case letter ({@code getPageId} -> {@code PAGE_ID}, {@code getURL} -> {@code URL}).</li>
 * </ul>
 * AO rejects table and column names longer than 30 characters (an Oracle limit it applies everywhere); so do we.
 */
public final class AoNaming {
    /** AO's limit on generated table and column names. */
    public static final int MAX_NAME_LENGTH = 30;

    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z\\d])([A-Z])");

    private AoNaming() {
    }

    /** {@code AO_} + 6 upper-case hex characters, e.g. {@code AO_28BE2D} for {@code com.atlassian.example.ao.myplugin}. */
    public static String tablePrefix(String pluginKey) {
        if (pluginKey == null || pluginKey.isEmpty()) {
            throw new IllegalArgumentException("plugin key must not be empty");
        }
        String md5 = md5Hex(pluginKey);
        return "AO_" + md5.substring(md5.length() - 6).toUpperCase(Locale.ENGLISH);
    }

    public static String tableName(Class<? extends RawEntity<?>> entityType, String pluginKey) {
        Table table = entityType.getAnnotation(Table.class);
        String base = table != null ? table.value() : entityType.getSimpleName();
        if (base == null || base.isEmpty()) {
            throw new IllegalArgumentException("Empty @Table value on " + entityType.getName());
        }
        String name = tablePrefix(pluginKey) + "_" + upperSnakeCase(base);
        return checkLength(name, "table name of " + entityType.getName());
    }

    /** The column of a getter or setter ({@code getPageId}, {@code isTrashed}, {@code setPageId}). */
    public static String columnName(Method accessor) {
        PrimaryKey primaryKey = accessor.getAnnotation(PrimaryKey.class);
        String property = primaryKey != null && !primaryKey.value().isEmpty()
                ? primaryKey.value()
                : propertyName(accessor.getName());
        String name = upperSnakeCase(property);
        return checkLength(name, "column name of " + accessor.getDeclaringClass().getSimpleName() + "." + accessor.getName());
    }

    /** {@code pageId} or {@code PageId} -> {@code PAGE_ID}. */
    public static String upperSnakeCase(String camelCase) {
        return WORD_BOUNDARY.matcher(camelCase).replaceAll("$1_$2").toUpperCase(Locale.ENGLISH);
    }

    static String propertyName(String methodName) {
        if ((methodName.startsWith("get") || methodName.startsWith("set")) && methodName.length() > 3) {
            return methodName.substring(3);
        }
        if (methodName.startsWith("is") && methodName.length() > 2) {
            return methodName.substring(2);
        }
        throw new IllegalArgumentException("Not an accessor: " + methodName);
    }

    private static String checkLength(String name, String what) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("The " + what + " '" + name + "' is longer than Active Objects allows ("
                    + MAX_NAME_LENGTH + " characters)");
        }
        return name;
    }

    private static String md5Hex(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }
}
