package io.outloud.settings.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The spaces' choices of macros on H2 and PostgreSQL. */
class AoSpaceMacroStoreTest {
    private AoSpaceMacroStore storeOn(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects("io.outloud.confluence");
        ao.migrate(AoSpaceMacro.class);
        return new AoSpaceMacroStore(ao);
    }

    @EachDatabase
    void choices_arePerSpace_andTheLastChoiceStands(TestDatabase db) {
        AoSpaceMacroStore store = storeOn(db);
        assertEquals(Map.of(), store.choices("TEAM"));

        store.choose("TEAM", "half-finished-thought", false);
        store.choose("TEAM", "working-out-loud", false);
        store.choose("TEAM", "working-out-loud", true);
        store.choose("ENG", "half-finished-thought", true);

        assertEquals(Map.of("half-finished-thought", false, "working-out-loud", true), store.choices("TEAM"));
        assertEquals(Map.of("half-finished-thought", true), store.choices("ENG"));
    }

    @EachDatabase
    void choosingTheDefault_removesTheChoice(TestDatabase db) {
        AoSpaceMacroStore store = storeOn(db);
        store.choose("TEAM", "half-finished-thought", false);

        store.choose("TEAM", "half-finished-thought", null);
        store.choose("TEAM", "working-out-loud", null); // nothing to remove

        assertEquals(Map.of(), store.choices("TEAM"));
    }
}
