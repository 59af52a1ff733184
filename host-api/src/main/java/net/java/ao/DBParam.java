package net.java.ao;

/** Active Objects: one column value for {@code ActiveObjects.create}. A plain value class. */
public class DBParam {
    private final String field;
    private final Object value;

    public DBParam(String field, Object value) {
        this.field = field;
        this.value = value;
    }

    public String getField() {
        return field;
    }

    public Object getValue() {
        return value;
    }
}
