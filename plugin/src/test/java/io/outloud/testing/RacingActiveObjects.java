package io.outloud.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A real ActiveObjects (not a mock) that runs a hook at a chosen point of a store's work: right after each
 * {@code find(type, query)} and {@code deleteWithSQL} (lets a test put another click between a store's first statement
 * and its next one), or right before each {@code create}, with the entity type about to be inserted (lets a test put
 * another request's insert between a store's check and its own insert).
 */
public final class RacingActiveObjects implements ActiveObjects {
    private final ActiveObjects delegate;
    private final Consumer<Class<?>> beforeCreate;
    private final Runnable afterLookup;

    /** Runs {@code beforeCreate} right before each insert. */
    public RacingActiveObjects(ActiveObjects delegate, Consumer<Class<?>> beforeCreate) {
        this.delegate = delegate;
        this.beforeCreate = beforeCreate;
        this.afterLookup = () -> {
        };
    }

    /** Runs {@code afterLookup} right after each {@code find(type, query)} and {@code deleteWithSQL}. */
    public RacingActiveObjects(ActiveObjects delegate, Runnable afterLookup) {
        this.delegate = delegate;
        this.beforeCreate = type -> {
        };
        this.afterLookup = afterLookup;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        beforeCreate.accept(type);
        return delegate.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        beforeCreate.accept(type);
        return delegate.create(type, params);
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

    /** Runs the work on another thread (its own connection and transaction) and waits for it. */
    public static <T> T onAnotherThread(Callable<T> work) {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            return pool.submit(work).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other request failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs tasks 0..count-1 on as many threads, all released at once; returns their results by index. */
    public static <T> List<T> allAtOnce(int count, IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.apply(index);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
