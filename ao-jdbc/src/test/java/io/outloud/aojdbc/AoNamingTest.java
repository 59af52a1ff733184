package io.outloud.aojdbc;

import net.java.ao.Entity;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AoNamingTest {
    interface MyObject extends Entity {
        String getURL();

        long getPage2Id();

        boolean isTrashed();
    }

    @Table("MyObject")
    interface Renamed extends Entity {
    }

    interface AVeryLongEntityNameIndeed extends Entity {
    }

    interface TooLong extends Entity {
        String getAnExtremelyLongPropertyNameHere();
    }

    @Test
    void prefixMatchesAtlassianDocumentation() {
        // developer.atlassian.com "Table names": com.atlassian.example.ao.myplugin -> AO_28BE2D_MY_OBJECT
        assertEquals("AO_28BE2D", AoNaming.tablePrefix("com.atlassian.example.ao.myplugin"));
        assertEquals("AO_28BE2D_MY_OBJECT", AoNaming.tableName(MyObject.class, "com.atlassian.example.ao.myplugin"));
    }

    @Test
    void prefixOfOurPluginKey() {
        // `printf io.outloud.confluence | md5sum` = dd64fc403d46e84bfa29dff46c1514ba: the last 6 hex digits, upper case
        assertEquals("AO_1514BA", AoNaming.tablePrefix("io.outloud.confluence"));
        assertEquals("AO_1514BA_BLOCK_ENTITY", AoNaming.tableName(BlockEntity.class, "io.outloud.confluence"));
    }

    @Test
    void tableAnnotationIsConvertedLikeAClassName() {
        assertEquals("AO_28BE2D_MY_OBJECT", AoNaming.tableName(Renamed.class, "com.atlassian.example.ao.myplugin"));
    }

    @Test
    void columnNames() throws Exception {
        assertEquals("PAGE_ID", AoNaming.columnName(BlockEntity.class.getMethod("getPageId")));
        assertEquals("PAGE_ID", AoNaming.columnName(BlockEntity.class.getMethod("setPageId", long.class)));
        assertEquals("TRASHED", AoNaming.columnName(BlockEntity.class.getMethod("isTrashed")));
        assertEquals("CREATED_AT", AoNaming.columnName(BlockEntity.class.getMethod("getCreatedAt")));
        assertEquals("ID", AoNaming.columnName(Entity.class.getMethod("getID")));
        assertEquals("URL", AoNaming.columnName(MyObject.class.getMethod("getURL")));
        assertEquals("PAGE2_ID", AoNaming.columnName(MyObject.class.getMethod("getPage2Id")));
    }

    @Test
    void namesLongerThanThirtyCharactersAreRejectedAsByAo() throws Exception {
        IllegalArgumentException table = assertThrows(IllegalArgumentException.class,
                () -> AoNaming.tableName(AVeryLongEntityNameIndeed.class, "io.outloud.confluence"));
        assertTrue(table.getMessage().contains("AO_1514BA_AVERY_LONG_ENTITY_NAME_INDEED"), table.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AoNaming.columnName(TooLong.class.getMethod("getAnExtremelyLongPropertyNameHere")));
    }
}
