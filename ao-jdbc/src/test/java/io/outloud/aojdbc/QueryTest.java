package io.outloud.aojdbc;

import io.outloud.aojdbc.BlockEntity.Status;
import io.outloud.aojdbc.testing.DatabaseKind;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clauses written as plugin code writes them for real AO: unquoted upper-case column names. */
class QueryTest {
    private static List<BlockEntity> seed(JdbcActiveObjects ao) {
        List<BlockEntity> created = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            created.add(ao.create(BlockEntity.class,
                    new DBParam("PAGE_ID", i < 6 ? 100L : 200L),
                    new DBParam("TITLE", "block " + i),
                    new DBParam("STATUS", Status.values()[i % 3]),
                    new DBParam("CREATED_AT", new Date(1_000_000L * (i % 4))),
                    new DBParam("POSITION", i % 2 == 0 ? i : null)));
        }
        return created;
    }

    @EachDatabase
    void findWithWhereOrderLimitOffset(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        seed(ao);

        Query query = Query.select().where("PAGE_ID = ? AND STATUS IN (?, ?)", 100L, Status.OPEN, Status.DONE)
                .order("CREATED_AT DESC, ID DESC");
        // page 100 holds blocks 0..5; OPEN/DONE are i%3 in {0,1}: 0,1,3,4; CREATED_AT = i%4: 0,1,3,0
        assertEquals(List.of("block 3", "block 1", "block 4", "block 0"), titles(ao.find(BlockEntity.class, query)));
        assertEquals(List.of("block 1", "block 4"), titles(ao.find(BlockEntity.class,
                Query.select().where("PAGE_ID = ? AND STATUS IN (?, ?)", 100L, Status.OPEN, Status.DONE)
                        .order("CREATED_AT DESC, ID DESC").offset(1).limit(2))));
        assertEquals(4, ao.count(BlockEntity.class, "PAGE_ID = ? AND STATUS IN (?, ?)", 100L, "OPEN", "DONE"));
        assertEquals(4, ao.count(BlockEntity.class, query));
    }

    @EachDatabase
    void moreOperators(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        seed(ao);
        assertEquals(5, ao.count(BlockEntity.class, "POSITION IS NULL"));
        assertEquals(5, ao.count(BlockEntity.class, "POSITION IS NOT NULL"));
        assertEquals(3, ao.count(BlockEntity.class, "POSITION BETWEEN ? AND ?", 2, 6));
        assertEquals(1, ao.count(BlockEntity.class, "TITLE LIKE ? AND NOT PAGE_ID = ?", "%9", 100L));
        assertEquals(7, ao.count(BlockEntity.class, "STATUS NOT IN (?) OR TITLE = 'it''s'", Status.ARCHIVED));
        assertEquals(List.of("block 9", "block 8"), titles(ao.find(BlockEntity.class,
                Query.select("TITLE").where("PAGE_ID >= ?", 200L).order("ID DESC").limit(2))));
        assertEquals(10, ao.find(BlockEntity.class, "PAGE_ID <> ?", 0L).length);
        assertEquals(0, ao.find(BlockEntity.class, Query.select().limit(0)).length);
    }

    @EachDatabase
    void unspacedOperatorFailsOnPostgresAsWithRealAo(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        seed(ao);
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            // AO leaves PAGE_ID unquoted here, PostgreSQL folds it to page_id, which does not exist.
            AoSqlException e = assertThrows(AoSqlException.class, () -> ao.count(BlockEntity.class, "PAGE_ID=?", 100L));
            assertEquals("42703", e.getSqlState());
        } else {
            assertEquals(6, ao.count(BlockEntity.class, "PAGE_ID=?", 100L));
        }
    }

    @EachDatabase
    void selectLoadsPrimaryKeyAndNamedColumnsAndOthersLazily(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        seed(ao);

        db.statementCounter().start();
        BlockEntity[] blocks = ao.find(BlockEntity.class, Query.select("PAGE_ID").where("PAGE_ID = ?", 200L).order("ID"));
        assertEquals(4, blocks.length);
        long pages = Arrays.stream(blocks).mapToLong(BlockEntity::getPageId).sum();
        assertEquals(1, db.statementCounter().current(), "ID and PAGE_ID came with the query");
        assertEquals(800L, pages);

        assertEquals("block 6", blocks[0].getTitle());
        assertEquals("block 6", blocks[0].getTitle());
        assertEquals(2, db.statementCounter().current(), "TITLE loaded once, lazily, for that entity only");

        BlockEntity[] keysOnly = ao.find(BlockEntity.class, Query.select().where("PAGE_ID = ?", 200L));
        Arrays.stream(keysOnly).forEach(BlockEntity::getTitle);
        assertEquals(3 + keysOnly.length, db.statementCounter().stop(), "select(): primary key only, as in AO");
    }

    @EachDatabase
    void streamsEveryRowReadOnly(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        ao.executeInTransaction(() -> {
            for (int i = 0; i < 250; i++) {
                ao.create(BlockEntity.class, new DBParam("PAGE_ID", (long) i), new DBParam("TITLE", "t" + i));
            }
            return null;
        });

        List<Long> pages = new ArrayList<>();
        ao.stream(BlockEntity.class, Query.select("ID, PAGE_ID").where("PAGE_ID >= ?", 10L).order("PAGE_ID"),
                block -> pages.add(block.getPageId()));
        assertEquals(240, pages.size());
        assertEquals(10L, pages.get(0));
        assertEquals(249L, pages.get(239));

        List<BlockEntity> streamed = new ArrayList<>();
        ao.stream(BlockEntity.class, Query.select("PAGE_ID").limit(1), streamed::add);
        BlockEntity entity = streamed.get(0);
        assertThrows(UnsupportedOperationException.class, () -> entity.setTitle("x"));
        assertThrows(UnsupportedOperationException.class, entity::save);
        assertThrows(IllegalStateException.class, entity::getTitle);
    }

    @EachDatabase
    void entityParameterMeansItsKey(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        List<BlockEntity> blocks = seed(ao);
        BlockEntity[] found = ao.find(BlockEntity.class, "ID = ?", blocks.get(3));
        assertEquals(List.of(blocks.get(3)), Arrays.asList(found));
    }

    @EachDatabase
    void unknownSelectedColumnIsRejected(TestDatabase db) {
        JdbcActiveObjects ao = CrudTest.migrated(db);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ao.find(BlockEntity.class, Query.select("PAGE_ID, pageId")));
        assertTrue(e.getMessage().contains("pageId"));
    }

    private static List<String> titles(BlockEntity[] blocks) {
        return Arrays.stream(blocks).map(BlockEntity::getTitle).toList();
    }
}
