package io.outloud.wol.ao;

import io.outloud.content.MacroIdentity;
import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.DuplicateBlockException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void create_thenFind_returnsTheSameBlock(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        Block created = store.create(new MacroIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.STUCK, T0);

        Block found = store.find(10L, "m-1").orElseThrow();

        assertEquals(created, found);
        assertEquals(BlockStatus.STUCK, found.status());
        assertEquals(T0, found.createdAt());
        assertTrue(found.id() > 0);
    }

    @EachDatabase
    void rowsLiveInTheTableAtlassiansAoWouldName(TestDatabase db) throws Exception {
        storeOn(db).create(new MacroIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.DONE, T0);
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"MACRO_ID\", \"PAGE_ID\", \"STATUS\" FROM \"AO_1514BA_BLOCK\"")) {
            assertTrue(rows.next());
            assertEquals("m-1", rows.getString(1));
            assertEquals(10L, rows.getLong(2));
            assertEquals("DONE", rows.getString(3));
        }
    }

    @EachDatabase
    void find_ofAnUnknownId_isEmpty(TestDatabase db) {
        assertTrue(storeOn(db).find(10L, "nope").isEmpty());
    }

    @EachDatabase
    void find_ofAKnownMacroIdOnAnotherPage_isEmpty(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.DONE, T0);

        assertTrue(store.find(11L, "m-1").isEmpty());
    }

    @EachDatabase
    void create_twiceWithOnePageAndMacroId_isRefused(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.EXPLORING, T0);
        assertThrows(DuplicateBlockException.class,
                () -> store.create(new MacroIdentity("m-1", 10L, "DEV"), "user-b", BlockStatus.DONE, T0));
        Block kept = store.find(10L, "m-1").orElseThrow();
        assertEquals("user-a", kept.authorKey());
        assertEquals(BlockStatus.EXPLORING, kept.status());
        assertEquals(1, store.findByPage(10L).size());
    }

    @EachDatabase
    void create_sameMacroIdOnACopiedPage_isASecondBlock(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        Block original = store.create(new MacroIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.EXPLORING, T0);

        Block copy = store.create(new MacroIdentity("m-1", 11L, "HR"), "user-b", BlockStatus.DONE, T0.plusSeconds(5));

        assertTrue(copy.id() != original.id());
        assertEquals(original, store.find(10L, "m-1").orElseThrow());
        assertEquals(copy, store.find(11L, "m-1").orElseThrow());
        assertEquals("user-b", copy.authorKey());
        assertEquals("HR", copy.spaceKey());

        store.updateStatus(11L, "m-1", BlockStatus.STUCK);
        assertEquals(BlockStatus.EXPLORING, store.find(10L, "m-1").orElseThrow().status(), "the original is untouched");
        assertEquals(BlockStatus.STUCK, store.find(11L, "m-1").orElseThrow().status());

        store.deleteByPage(11L);
        assertTrue(store.find(10L, "m-1").isPresent());
    }

    @EachDatabase
    void rowsCarryTheBlockKeyOfPageAndMacroId(TestDatabase db) throws Exception {
        storeOn(db).create(new MacroIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.DONE, T0);
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"BLOCK_KEY\", \"TRASHED\" FROM \"AO_1514BA_BLOCK\"")) {
            assertTrue(rows.next());
            assertEquals("10/m-1", rows.getString(1));
            assertFalse(rows.getBoolean(2));
        }
    }

    @EachDatabase
    void theDatabaseRefusesASecondRowWithTheSameBlockKey(TestDatabase db) {
        storeOn(db).create(new MacroIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.DONE, T0);

        assertThrows(RuntimeException.class, () -> db.execute("INSERT INTO \"AO_1514BA_BLOCK\" (\"BLOCK_KEY\", \"MACRO_ID\","
                + " \"PAGE_ID\", \"SPACE_KEY\", \"AUTHOR_KEY\", \"STATUS\", \"CREATED_AT\", \"TRASHED\")"
                + " VALUES ('10/m-1', 'm-1', 10, 'DEV', 'user-b', 'DONE', 0, FALSE)"));
    }

    @EachDatabase
    void updateStatus_changesOnlyThatBlock(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.IN_PROGRESS, T0);
        store.create(new MacroIdentity("m-2", 10L, "DEV"), "user-a", BlockStatus.IN_PROGRESS, T0);

        store.updateStatus(10L, "m-1", BlockStatus.DONE);

        assertEquals(BlockStatus.DONE, store.find(10L, "m-1").orElseThrow().status());
        assertEquals(BlockStatus.IN_PROGRESS, store.find(10L, "m-2").orElseThrow().status());
        assertEquals("user-a", store.find(10L, "m-1").orElseThrow().authorKey());
    }

    @EachDatabase
    void updateStatus_ofAnUnknownBlock_doesNothing(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("m-1", 10L, "DEV"), "user-a", BlockStatus.IN_PROGRESS, T0);

        store.updateStatus(11L, "m-1", BlockStatus.DONE);

        assertEquals(BlockStatus.IN_PROGRESS, store.find(10L, "m-1").orElseThrow().status());
        assertTrue(store.find(11L, "m-1").isEmpty());
    }

    @EachDatabase
    void setTrashed_takesThePagesBlocksOutOfTheSpaceCount_andRestoreBringsThemBack(TestDatabase db) throws Exception {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("a", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("b", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("c", 11L, "DEV"), "a", BlockStatus.DONE, T0);

        store.setTrashed(10L, true);

        assertEquals(1, store.countBySpace("DEV"));
        assertEquals(2, trashedRows(db));
        assertEquals(2, store.findByPage(10L).size(), "trashed blocks are kept");
        assertTrue(store.find(10L, "a").isPresent());

        store.setTrashed(10L, true);
        assertEquals(1, store.countBySpace("DEV"), "trashing twice changes nothing");

        store.setTrashed(10L, false);

        assertEquals(3, store.countBySpace("DEV"));
        assertEquals(0, trashedRows(db));
    }

    @EachDatabase
    void pageIdsInSpace_namesEachPageWithBlocksOnce_trashedToo(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("a", 12L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("b", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("c", 12L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("d", 11L, "OPS"), "a", BlockStatus.DONE, T0);
        store.setTrashed(10L, true);

        assertEquals(List.of(10L, 12L), store.pageIdsInSpace("DEV"));
        assertEquals(List.of(11L), store.pageIdsInSpace("OPS"));
        assertEquals(List.of(), store.pageIdsInSpace("NONE"));
    }

    @EachDatabase
    void moveToSpace_movesEveryBlockOfThePage_only(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("a", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("b", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("c", 11L, "DEV"), "a", BlockStatus.DONE, T0);

        store.moveToSpace(10L, "OPS");

        assertEquals(List.of(10L), store.pageIdsInSpace("OPS"));
        assertEquals(List.of(11L), store.pageIdsInSpace("DEV"));
        assertEquals("OPS", store.find(10L, "b").orElseThrow().spaceKey());
    }

    @EachDatabase
    void setTrashed_ofAPageWithoutBlocks_doesNothing(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("a", 10L, "DEV"), "a", BlockStatus.DONE, T0);

        store.setTrashed(99L, true);

        assertEquals(1, store.countBySpace("DEV"));
    }

    @EachDatabase
    void countBySpace_countsACopiedPagesBlocksToo(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("m-1", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("m-1", 11L, "DEV"), "a", BlockStatus.DONE, T0);

        assertEquals(2, store.countBySpace("DEV"));
    }

    private static int trashedRows(TestDatabase db) throws Exception {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"AO_1514BA_BLOCK\" WHERE \"TRASHED\" = TRUE")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @EachDatabase
    void findByPage_returnsThatPagesBlocksOldestFirst(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("late", 10L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(60));
        store.create(new MacroIdentity("early", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("other-page", 11L, "DEV"), "a", BlockStatus.DONE, T0);

        List<String> ids = store.findByPage(10L).stream().map(Block::macroId).toList();

        assertEquals(List.of("early", "late"), ids);
    }

    @EachDatabase
    void countBySpace_countsOnlyThatSpace(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("a", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("b", 12L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("c", 13L, "HR"), "a", BlockStatus.DONE, T0);

        assertEquals(2, store.countBySpace("DEV"));
        assertEquals(1, store.countBySpace("HR"));
        assertEquals(0, store.countBySpace("NONE"));
    }

    @EachDatabase
    void deleteByPage_removesThatPagesBlocksAndSaysHowMany(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        store.create(new MacroIdentity("a", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("b", 10L, "DEV"), "a", BlockStatus.DONE, T0);
        store.create(new MacroIdentity("c", 11L, "DEV"), "a", BlockStatus.DONE, T0);

        assertEquals(2, store.deleteByPage(10L));

        assertTrue(store.findByPage(10L).isEmpty());
        assertEquals(1, store.findByPage(11L).size());
        assertEquals(0, store.deleteByPage(10L));
    }

    @EachDatabase
    void findByPage_costsOneStatementWhateverTheNumberOfBlocks(TestDatabase db) {
        AoBlockStore store = storeOn(db);
        for (int i = 0; i < 25; i++) {
            store.create(new MacroIdentity("m-" + i, 10L, "DEV"), "a", BlockStatus.DONE, T0.plusSeconds(i));
        }
        db.statementCounter().start();
        List<Block> blocks = store.findByPage(10L);
        long statements = db.statementCounter().stop();

        assertEquals(25, blocks.size());
        assertEquals(1, statements, "preloaded entities: reading their properties costs no further statements");
    }
}
