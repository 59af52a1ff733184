package io.outloud.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * host-api is a contract per Confluence line. host-api/SOURCES.md has one row per declared type and member, with the
 * Confluence 9.2 and 10.2 pages that show it and whether it is on both lines. Plugin code (io.outloud, not the tests)
 * may use a host member or type only if its row says {@code both}: anything else would link on one line and fail on
 * the other, and has to go through an adapter chosen per line instead.
 */
class HostApiContractTest {
    /** Maven runs the plugin module's tests with the module as working directory. */
    private static final Path SOURCES = Path.of("..", "host-api", "SOURCES.md");

    private static JavaClasses pluginClasses;
    private static Map<String, String> table;
    private static Map<String, Set<String>> declared;
    private static Set<String> inUseUnconfirmed;

    @BeforeAll
    static void load() throws IOException {
        pluginClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes"));
        declared = HostApiContract.declaredByHostApi(ActiveObjects.class);
        // For whoever updates SOURCES.md: what host-api declares and what the plugin uses, one name a line.
        StringBuilder report = new StringBuilder("# declared by host-api\n");
        declared.forEach((type, members) -> {
            report.append(type).append('\n');
            members.forEach(m -> report.append(m).append('\n'));
        });
        report.append("# used by the plugin\n");
        HostApiContract.usedBy(pluginClasses).keySet().forEach(m -> report.append(m).append('\n'));
        Files.writeString(Path.of("target", "host-api-contract.txt"), report);
        String sources = Files.readString(SOURCES);
        table = HostApiContract.parse(sources);
        inUseUnconfirmed = HostApiContract.inUseUnconfirmed(sources);
    }

    @Test
    void pluginUsesOnlyHostMembersPresentOnBothLines() {
        assertFalse(pluginClasses.isEmpty(), "no plugin classes imported from target/classes");
        Map<String, Set<String>> used = HostApiContract.usedBy(pluginClasses);
        assertFalse(used.isEmpty(), "the plugin uses no host member at all: the import found nothing");
        List<String> offenders = HostApiContract.notOnBothLines(used, table, inUseUnconfirmed);
        assertTrue(offenders.isEmpty(), "plugin code uses host members that SOURCES.md does not mark present on both "
                + "Confluence 9.2 and 10.2 (confirm them per line, or use them through an adapter chosen per line):\n  "
                + String.join("\n  ", offenders));
    }

    /**
     * The list of members in use before they were confirmed only shrinks: an entry confirmed meanwhile, or no longer
     * used, must leave it, so a new unconfirmed call cannot hide behind an old entry.
     */
    @Test
    void theInUseBeforeConfirmedListHoldsOnlyUsedUnconfirmedMembers() {
        assertFalse(inUseUnconfirmed.isEmpty(), "no list under '" + HostApiContract.IN_USE_UNCONFIRMED + "' (an empty one is fine: then delete this check)");
        List<String> stale = HostApiContract.staleInUseUnconfirmed(inUseUnconfirmed, HostApiContract.usedBy(pluginClasses), table);
        assertTrue(stale.isEmpty(), "listed as in use before confirmed, but confirmed or unused: take them off the list:\n  "
                + String.join("\n  ", stale));
    }

    @Test
    void aListedMemberPassesOnlyWhileItsRowSaysUnconfirmed() {
        Map<String, Set<String>> used = Map.of("com.atlassian.a.A#m", Set.of("io.outloud.X (X.java:1)"),
                "com.atlassian.a.A#n", Set.of("io.outloud.X (X.java:2)"));
        Map<String, String> rows = Map.of("com.atlassian.a.A#m", "unconfirmed", "com.atlassian.a.A#n", "10.2 only");
        assertEquals(List.of(), HostApiContract.notOnBothLines(Map.of("com.atlassian.a.A#m", used.get("com.atlassian.a.A#m")),
                rows, Set.of("com.atlassian.a.A#m")));
        List<String> offenders = HostApiContract.notOnBothLines(used, rows, Set.of("com.atlassian.a.A#m", "com.atlassian.a.A#n"));
        assertEquals(1, offenders.size(), offenders.toString());
        assertTrue(offenders.get(0).startsWith("com.atlassian.a.A#n (Lines: 10.2 only)"), offenders.toString());
        assertEquals(List.of("com.atlassian.a.A#m"), HostApiContract.notOnBothLines(used, rows, Set.of()).stream()
                .map(o -> o.substring(0, o.indexOf(' '))).filter(o -> o.endsWith("#m")).toList());
    }

    @Test
    void everyRowNamesSomethingHostApiDeclares() {
        List<String> stale = HostApiContract.staleRows(table, declared);
        assertTrue(stale.isEmpty(), "SOURCES.md rows for types or members host-api does not declare:\n  " + String.join("\n  ", stale));
    }

    @Test
    void everyDeclaredTypeAndMemberHasARow() {
        assertTrue(declared.size() > 50, "host-api's classes were not found: " + declared.keySet());
        List<String> missing = HostApiContract.undocumented(table, declared);
        assertTrue(missing.isEmpty(), "host-api declares these without a SOURCES.md row:\n  " + String.join("\n  ", missing));
    }

    @Test
    void checkerNamesAMemberWhoseRowIsMissingOrNotOnBothLines() {
        // The same check on a deliberately incomplete table: the plugin's ActiveObjects calls lose their rows, and
        // one member the plugin certainly calls is marked as on one line only.
        Map<String, Set<String>> used = HostApiContract.usedBy(pluginClasses);
        assertTrue(used.containsKey("com.atlassian.activeobjects.external.ActiveObjects#find"), used.keySet().toString());
        assertTrue(used.containsKey("com.atlassian.sal.api.message.I18nResolver#getText"), used.keySet().toString());
        String incomplete = HostApiContract.HEADER + "\n|---|---|---|---|---|\n"
                + "| `com.atlassian.activeobjects.external.ActiveObjects` | https://a | https://b | both | |\n"
                + "| `com.atlassian.sal.api.message.I18nResolver#getText` | a | — | 9.2 only | deliberately wrong |\n";
        List<String> offenders = HostApiContract.notOnBothLines(used, HostApiContract.parse(incomplete));
        assertTrue(offenders.stream().anyMatch(o -> o.startsWith("com.atlassian.activeobjects.external.ActiveObjects#find (no row in SOURCES.md)")),
                String.join("\n", offenders));
        assertTrue(offenders.stream().anyMatch(o -> o.startsWith("com.atlassian.sal.api.message.I18nResolver#getText (Lines: 9.2 only)")),
                String.join("\n", offenders));
        assertFalse(offenders.stream().anyMatch(o -> o.startsWith("com.atlassian.activeobjects.external.ActiveObjects (")),
                "a type marked both is not an offender");
    }

    @Test
    void checkerNamesStaleAndMissingRows() {
        String table = HostApiContract.HEADER + "\n|---|---|---|---|---|\n"
                + "| `com.atlassian.activeobjects.external.ActiveObjects#noSuchMethod` | https://a | https://b | both | |\n"
                + "| `com.atlassian.no.SuchType` | https://a | — | unconfirmed | |\n";
        Map<String, String> parsed = HostApiContract.parse(table);
        assertEquals(List.of("com.atlassian.activeobjects.external.ActiveObjects#noSuchMethod", "com.atlassian.no.SuchType"),
                HostApiContract.staleRows(parsed, declared));
        assertTrue(HostApiContract.undocumented(parsed, declared).contains("com.atlassian.activeobjects.external.ActiveObjects#find"));
    }
}
