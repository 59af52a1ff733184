package io.outloud.preview.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorageMacrosTest {

    private static final String STORAGE = "<p>Intro&nbsp;&mdash; <!-- <ac:structured-macro ac:name=\"commented\"> --></p>\n"
            + "<ac:structured-macro ac:name=\"panel\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"title\">T &amp; C</ac:parameter><ac:rich-text-body>"
            + "<ac:structured-macro ac:macro-id='kept-1' ac:name=\"status\"><ac:parameter ac:name=\"colour\">Green</ac:parameter></ac:structured-macro>"
            + "<ac:structured-macro\n   ac:name=\"inline\"\n   ac:macro-id=\"\"/>"
            + "</ac:rich-text-body></ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[<ac:structured-macro ac:name=\"fake\"/> a > b]]></ac:plain-text-body></ac:structured-macro>";

    @Test
    void findsAllMacrosInDocumentOrderWithTheirOwnParameters() {
        List<MacroOccurrence> macros = StorageMacros.findMacros(STORAGE);

        assertEquals(List.of(
                new MacroOccurrence("panel", null, Map.of("title", "T & C")),
                new MacroOccurrence("status", "kept-1", Map.of("colour", "Green")),
                new MacroOccurrence("inline", null, Map.of()),
                new MacroOccurrence("code", null, Map.of())), macros);
    }

    @Test
    void assignsIdsOnlyWhereMissingAndKeepsEverythingElseByteForByte() {
        AtomicInteger next = new AtomicInteger();
        String saved = StorageMacros.assignMissingMacroIds(STORAGE, () -> "new-" + next.incrementAndGet());

        String expected = STORAGE
                .replace("<ac:structured-macro ac:name=\"panel\"", "<ac:structured-macro ac:macro-id=\"new-1\" ac:name=\"panel\"")
                .replace("ac:macro-id=\"\"/>", "ac:macro-id=\"new-2\"/>")
                .replace("<ac:structured-macro ac:name=\"code\">", "<ac:structured-macro ac:macro-id=\"new-3\" ac:name=\"code\">");
        assertEquals(expected, saved);
        assertEquals(List.of("new-1", "kept-1", "new-2", "new-3"),
                StorageMacros.findMacros(saved).stream().map(MacroOccurrence::macroId).toList());
    }

    @Test
    void assignmentIsIdempotentAndUsesUuids() {
        String once = StorageMacros.assignMissingMacroIds(STORAGE);
        assertEquals(once, StorageMacros.assignMissingMacroIds(once));
        StorageMacros.findMacros(once).forEach(m -> assertTrue(
                m.macroId().equals("kept-1") || m.macroId().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), m.macroId()));
    }

    @Test
    void storageWithoutMacrosIsReturnedUnchanged() {
        String storage = "<p>a &amp; b&hellip;</p>";
        assertEquals(storage, StorageMacros.assignMissingMacroIds(storage));
        assertEquals(List.of(), StorageMacros.findMacros(storage));
    }
}
