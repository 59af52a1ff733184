package io.outloud.wol.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;

/**
 * A real ActiveObjects (not a mock) that runs a hook right after each {@code find(type, query)} and
 * {@code deleteWithSQL}: lets a test put another click between a store's first statement and its next one.
 */
final class RacingActiveObjects implements ActiveObjects {
    private final ActiveObjects delegate;
    private final Runnable afterLookup;

    RacingActiveObjects(ActiveObjects delegate, Runnable afterLookup) {
        this.delegate = delegate;
        this.afterLookup = afterLookup;
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        T[] found = delegate.find(type, query);
        afterLookup.run();
        return found;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        delegate.migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return delegate.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return delegate.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return delegate.create(type, params);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        delegate.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        int deleted = delegate.deleteWithSQL(type, criteria, parameters);
        afterLookup.run();
        return deleted;
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return delegate.find(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        delegate.stream(type, query, streamCallback);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return delegate.count(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return delegate.count(type, query);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return delegate.executeInTransaction(callback);
    }
}
