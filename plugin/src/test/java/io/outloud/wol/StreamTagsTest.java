package io.outloud.wol;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Community and labels read from storage format, and kept in step with the page by the registry. */
class StreamTagsTest {
    private static String block(String id, String params) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"" + id + "\">" + params
                + "<ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    @Test
    void storageBlocks_readCommunityAndLabelsAsKeys() {
        String storage = block("a", param("status", "stuck") + param("community", " Data ") + param("labels", "Export, sql  sql,&lt;x&gt;,"))
                + block("b", param("community", "not a key"));

        List<BlockOccurrence> found = StorageBlocks.find(storage);

        assertEquals(new BlockOccurrence("a", BlockStatus.STUCK, "data", List.of("export", "sql")), found.get(0));
        assertEquals(new BlockOccurrence("b", BlockStatus.IN_PROGRESS, "", List.of()), found.get(1));
    }

    @Test
    void storageBlocks_workingOnIsUnescapedAndOneLine() {
        String storage = block("a", param("working-on", "Fish &amp; chips\n  &lt;b&gt;")) + "<p>after</p>";

        assertEquals(Map.of("a", "Fish & chips <b>"), StorageBlocks.workingOn(storage));
    }

    @Test
    void pageSaved_tagsEveryBlockOfThePage_andFollowsEdits() {
        InMemoryBlockStore blocks = new InMemoryBlockStore();
        InMemoryStreamStore tags = new InMemoryStreamStore();
        BlockRegistry registry = new BlockRegistry(blocks, tags, Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC),
                java.util.List.of(new InMemoryReactionStore(), new InMemoryReplyStore()));

        registry.pageSaved(10L, "DEV", "key-alice", block("a", param("labels", "export")));
        Block a = blocks.find(10L, "a").orElseThrow();
        tags.add(a, BlockTags.NONE);
        registry.pageSaved(10L, "DEV", "key-alice", block("a", param("labels", "export") + param("community", "data")));

        assertEquals(List.of(a), tags.recent(new StreamFilter(null, "export", "data", null, null), null, 10).blocks());
        registry.pageSaved(10L, "DEV", "key-alice", block("a", ""));
        assertEquals(List.of(), tags.recent(new StreamFilter(null, "export", null, null, null), null, 10).blocks());
    }
}
