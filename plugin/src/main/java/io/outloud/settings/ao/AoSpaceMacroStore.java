package io.outloud.settings.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.settings.SpaceMacroStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** {@link SpaceMacroStore} on Active Objects. A first choice that loses a race on the unique key is retried as an update. */
public class AoSpaceMacroStore implements SpaceMacroStore {
    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;

    public AoSpaceMacroStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Map<String, Boolean> choices(String spaceKey) {
        Map<String, Boolean> choices = new HashMap<>();
        for (AoSpaceMacro row : ao.find(AoSpaceMacro.class, Query.select().where(AoSpaceMacro.SPACE_KEY + " = ?", spaceKey))) {
            choices.put(row.getMacro(), row.isEnabled());
        }
        return choices;
    }

    @Override
    public void choose(String spaceKey, String macroName, Boolean on) {
        String uniqueKey = spaceKey + "|" + macroName;
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                ao.executeInTransaction(() -> {
                    if (on == null) {
                        ao.deleteWithSQL(AoSpaceMacro.class, AoSpaceMacro.UNIQUE_KEY + " = ?", uniqueKey);
                        return null;
                    }
                    AoSpaceMacro[] rows = ao.find(AoSpaceMacro.class, Query.select().where(AoSpaceMacro.UNIQUE_KEY + " = ?", uniqueKey));
                    if (rows.length == 0) {
                        ao.create(AoSpaceMacro.class, new DBParam(AoSpaceMacro.SPACE_KEY, spaceKey), new DBParam(AoSpaceMacro.MACRO, macroName),
                                new DBParam(AoSpaceMacro.ENABLED, on), new DBParam(AoSpaceMacro.UNIQUE_KEY, uniqueKey));
                    } else {
                        rows[0].setEnabled(on);
                        rows[0].save();
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                last = e; // a concurrent first choice won the unique key: the next attempt updates its row
            }
        }
        throw last;
    }
}
