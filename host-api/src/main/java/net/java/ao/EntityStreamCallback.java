package net.java.ao;

/** Active Objects: receives entities one by one from {@code ActiveObjects.stream}. */
public interface EntityStreamCallback<T extends RawEntity<K>, K> {
    void onRowRead(T t);
}
