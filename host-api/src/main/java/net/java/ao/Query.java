package net.java.ao;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Active Objects: a SELECT described fluently. A plain working value class; the JDBC implementation used
 * by the preview and the tests reads it through the getters.
 *
 * <p>As in Atlassian's Active Objects, {@link #select()} selects only the primary key (plus the columns the
 * entity names in {@link Preload}); any other column is loaded lazily, one statement per entity, when its
 * getter is first called. {@link #select(String)} takes comma-separated column names and refuses "*".
 */
public class Query implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String fields;
    private String whereClause;
    private Object[] whereParams;
    private String orderClause;
    private int limit = -1;
    private int offset = -1;

    private Query(String fields) {
        this.fields = fields;
    }

    public static Query select() {
        return new Query("");
    }

    public static Query select(String fields) {
        if (fields == null || fields.contains("*")) {
            throw new IllegalArgumentException("Query.select(fields) takes column names, not '*': " + fields);
        }
        return new Query(fields);
    }

    public Query where(String clause, Object... params) {
        this.whereClause = clause;
        this.whereParams = params;
        return this;
    }

    public Query order(String clause) {
        this.orderClause = clause;
        return this;
    }

    public Query limit(int limit) {
        this.limit = limit;
        return this;
    }

    public Query offset(int offset) {
        this.offset = offset;
        return this;
    }

    /** The selected column names; empty for {@link #select()} (primary key and preloaded columns only). */
    public Iterable<String> getFields() {
        return List.of(Arrays.stream(fields.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toArray(String[]::new));
    }

    public String getWhereClause() {
        return whereClause;
    }

    public Object[] getWhereParams() {
        return whereParams;
    }

    public String getOrderClause() {
        return orderClause;
    }

    public int getLimit() {
        return limit;
    }

    public int getOffset() {
        return offset;
    }
}
