package net.java.ao;

/** Active Objects: the super-interface of every entity, keyed by {@code T}. */
public interface RawEntity<T> {
    /** Writes changed properties of this entity to the database. */
    void save();
}
