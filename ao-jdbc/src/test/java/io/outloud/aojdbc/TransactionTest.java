package io.outloud.aojdbc;

import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import net.java.ao.Query;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionTest {
    @EachDatabase
    void commitsAndReturnsTheResult(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        Integer id = ao.executeInTransaction(() -> ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L)).getID());
        // Another JdbcActiveObjects (other connections) sees the committed row.
        assertEquals(1L, db.activeObjects(CrudTest.KEY).get(BlockEntity.class, id).getPageId());
    }

    @EachDatabase
    void rollsBackAndPropagatesTheSameException(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        BlockEntity existing = ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L, "TITLE", "original"));
        IllegalStateException failure = new IllegalStateException("boom");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            ao.create(BlockEntity.class, Map.of("PAGE_ID", 2L));
            existing.setTitle("changed");
            existing.save();
            ao.deleteWithSQL(BlockEntity.class, "PAGE_ID = ?", 1L);
            assertEquals(1, ao.count(BlockEntity.class, Query.select()), "own changes visible inside");
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(1, ao.count(BlockEntity.class, Query.select()));
        assertEquals("original", ao.get(BlockEntity.class, existing.getID()).getTitle());
    }

    @EachDatabase
    void uncommittedWorkIsInvisibleToOtherConnections(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        ao.executeInTransaction(() -> {
            ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L));
            assertEquals(0, db.activeObjects(CrudTest.KEY).count(BlockEntity.class, Query.select()));
            return null;
        });
        assertEquals(1, db.activeObjects(CrudTest.KEY).count(BlockEntity.class, Query.select()));
    }

    @EachDatabase
    void nestedCallsJoinTheOuterTransaction(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        assertThrows(IllegalArgumentException.class, () -> ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L)));
            assertEquals(1, ao.count(BlockEntity.class, Query.select()));
            throw new IllegalArgumentException("outer fails after inner finished");
        }));
        assertEquals(0, ao.count(BlockEntity.class, Query.select()), "inner work rolled back with the outer");
    }

    @EachDatabase
    void aCaughtNestedFailureStillRollsBackTheOuterTransaction(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L));
            try {
                ao.executeInTransaction(() -> {
                    throw new RuntimeException("inner");
                });
            } catch (RuntimeException expected) {
                // swallowed on purpose
            }
            return null;
        }));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
        assertEquals(0, ao.count(BlockEntity.class, Query.select()));
    }

    @EachDatabase
    void uniqueViolationSurfacesAsSqlException(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        ao.create(BlockEntity.class, Map.of("PAGE_ID", 1L, "EXTERNAL_KEY", "k-1"));
        AoSqlException e = assertThrows(AoSqlException.class,
                () -> ao.create(BlockEntity.class, Map.of("PAGE_ID", 2L, "EXTERNAL_KEY", "k-1")));
        assertEquals("23505", e.getSqlState());
        assertEquals(1, ao.count(BlockEntity.class, Query.select()));
    }

    @EachDatabase
    void concurrentWritersEachGetTheirOwnTransaction(TestDatabase db) throws Exception {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        int threads = 8;
        int perThread = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Set<Integer> ids = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long page = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        if (i % 2 == 0) {
                            ids.add(ao.create(BlockEntity.class, Map.of("PAGE_ID", page)).getID());
                        } else {
                            ids.add(ao.executeInTransaction(() -> {
                                int id = ao.create(BlockEntity.class, Map.of("PAGE_ID", page)).getID();
                                // Each thread sees only its own uncommitted rows plus committed ones.
                                assertTrue(ao.count(BlockEntity.class, "PAGE_ID = ?", page) <= perThread);
                                return id;
                            }));
                        }
                    }
                    if (page == 0) {
                        assertThrows(RuntimeException.class, () -> ao.executeInTransaction(() -> {
                            ao.create(BlockEntity.class, Map.of("PAGE_ID", 99L));
                            throw new RuntimeException("rolled back");
                        }));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * perThread, ids.size());
        assertEquals(threads * perThread, ao.count(BlockEntity.class, Query.select()));
        for (int t = 0; t < threads; t++) {
            assertEquals(perThread, ao.count(BlockEntity.class, "PAGE_ID = ?", (long) t));
        }
    }
}
