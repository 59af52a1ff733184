package io.outloud.wol.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.wol.Block;
import io.outloud.wol.BlockIdentity;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.DuplicateBlockException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The block store on H2 and PostgreSQL, through the same ActiveObjects calls it makes in Confluence. */
class AoBlockStoreTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");

    private AoBlockStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoBlock.class);
        return new AoBlockStore(ao);
    }

    @EachDatabase
    void create_thenFindByMacroId_returnsTheSameBlock(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        Block created = store.create(new BlockIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.STUCK, T0);

        Block found = store.findByMacroId("m-1").orElseThrow();

        assertEquals(created, found);
        assertEquals(BlockStatus.STUCK, found.status());
        assertEquals(T0, found.createdAt());
        assertTrue(found.id() > 0);
    }

    @EachDatabase
    void rowsLiveInTheTableAtlassiansAoWouldName(TestDatabase db) throws Exception {
        storeOn(db).create(new BlockIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.DONE, T0);
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"MACRO_ID\", \"PAGE_ID\", \"STATUS\" FROM \"AO_1514BA_BLOCK\"")) {
            assertTrue(rows.next());
            assertEquals("m-1", rows.getString(1));
            assertEquals(10L, rows.getLong(2));
            assertEquals("DONE", rows.getString(3));
        }
    }

    @EachDatabase
    void findByMacroId_ofAnUnknownId_isEmpty(TestDatabase db) {
        assertTrue(storeOn(db).findByMacroId("nope").isEmpty());
    }

    @EachDatabase
    void create_twiceWithOneMacroId_isRefused(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new BlockIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.EXPLORING, T0);
        assertThrows(DuplicateBlockException.class,
                () -> store.create(new BlockIdentity("m-1", 11L, "DEV"), "user-b", BlockStatus.DONE, T0));
        assertEquals(10L, store.findByMacroId("m-1").orElseThrow().pageId());
    }

    @EachDatabase
    void findByPage_returnsThatPagesBlocksOldestFirst(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new BlockIdentity("late", 10L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(60));
        store.create(new BlockIdentity("early", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new BlockIdentity("other-page", 11L, "DEV"), "a", BlockStatus.DONE, T0);

        List<String> ids = store.findByPage(10L).stream().map(Block::macroId).toList();

        assertEquals(List.of("early", "late"), ids);
    }

    @EachDatabase
    void countBySpace_countsOnlyThatSpace(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new BlockIdentity("a", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new BlockIdentity("b", 12L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new BlockIdentity("c", 13L, "HR"), "a", BlockStatus.DONE, T0);

        assertEquals(2, store.countBySpace("DEV"));
        assertEquals(1, store.countBySpace("HR"));
        assertEquals(0, store.countBySpace("NONE"));
    }

    @EachDatabase
    void deleteByPage_removesThatPagesBlocksAndSaysHowMany(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new BlockIdentity("a", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new BlockIdentity("b", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new BlockIdentity("c", 11L, "DEV"), "a", BlockStatus.DONE, T0);

        assertEquals(2, store.deleteByPage(10L));

        assertTrue(store.findByPage(10L).isEmpty());
        assertEquals(1, store.findByPage(11L).size());
        assertEquals(0, store.deleteByPage(10L));
    }

    @EachDatabase
    void findByPage_costsOneStatementWhateverTheNumberOfBlocks(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        for (int i = 0; i < 25; i++) {
            store.create(new BlockIdentity("m-" + i, 10L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(i));
        }
        db.statementCounter().start();
        List<Block> blocks = store.findByPage(10L);
        long statements = db.statementCounter().stop();

        assertEquals(25, blocks.size());
        assertEquals(1, statements, "preloaded entities: reading their properties costs no further statements");
    }
}
