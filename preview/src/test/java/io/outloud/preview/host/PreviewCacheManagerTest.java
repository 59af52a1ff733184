package io.outloud.preview.host;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheSettingsBuilder;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preview's cache manager keeps entries per node and drops a clustered entry on every node of one database. */
class PreviewCacheManagerTest {
    private final AtomicInteger stored = new AtomicInteger(1);
    private final AtomicInteger loads = new AtomicInteger();
    private final CacheLoader<String, Integer> loader = key -> {
        loads.incrementAndGet();
        return stored.get();
    };

    @Test
    void get_loadsOnce_andRemoveLoadsAgain() {
        try (PreviewCacheManager node = PreviewCacheManager.joining("jdbc:test:single")) {
            Cache<String, Integer> cache = node.getCache("c", loader, new CacheSettingsBuilder().remote().build());
            assertEquals(1, cache.get("k"));
            stored.set(2);
            assertEquals(1, cache.get("k"), "kept until removed");
            assertEquals(1, loads.get());
            cache.remove("k");
            assertEquals(2, cache.get("k"));
            assertEquals(2, loads.get());
        }
    }

    @Test
    void remoteCache_removedOnOneNode_isDroppedOnTheOther() {
        try (PreviewCacheManager a = PreviewCacheManager.joining("jdbc:test:shared"); PreviewCacheManager b = PreviewCacheManager.joining("jdbc:test:shared")) {
            Cache<String, Integer> onA = a.getCache("c", loader, new CacheSettingsBuilder().remote().expireAfterWrite(1, TimeUnit.HOURS).build());
            Cache<String, Integer> onB = b.getCache("c", loader, new CacheSettingsBuilder().remote().build());
            assertEquals(1, onA.get("k"));
            assertEquals(1, onB.get("k"));
            stored.set(2);
            onB.remove("k");
            assertEquals(2, onA.get("k"), "node A dropped what node B removed");
            assertEquals(2, onB.get("k"));
        }
    }

    @Test
    void localCache_orAnotherDatabase_keepsItsEntry() {
        try (PreviewCacheManager a = PreviewCacheManager.joining("jdbc:test:one"); PreviewCacheManager b = PreviewCacheManager.joining("jdbc:test:one");
             PreviewCacheManager elsewhere = PreviewCacheManager.joining("jdbc:test:two")) {
            Cache<String, Integer> localOnA = a.getCache("local", loader, new CacheSettingsBuilder().build());
            Cache<String, Integer> localOnB = b.getCache("local", loader, new CacheSettingsBuilder().build());
            Cache<String, Integer> remoteOnA = a.getCache("remote", loader, new CacheSettingsBuilder().remote().build());
            Cache<String, Integer> remoteElsewhere = elsewhere.getCache("remote", loader, new CacheSettingsBuilder().remote().build());
            assertEquals(1, localOnA.get("k"));
            assertEquals(1, remoteOnA.get("k"));
            stored.set(2);
            localOnB.remove("k");
            remoteElsewhere.remove("k");
            assertEquals(1, localOnA.get("k"), "a node-local cache hears of no other node's removal (stale, as in Confluence)");
            assertEquals(1, remoteOnA.get("k"), "another database is another cluster");
        }
    }
}
