package io.outloud.thought;

import io.outloud.content.MacroScan;

import java.util.LinkedHashMap;
import java.util.Map;

/** Finds the half-finished thoughts in a page's storage format, with the parameters each was saved with. */
public final class StorageThoughts {
    public static final String MACRO_NAME = "half-finished-thought";

    private StorageThoughts() {
    }

    /** The thoughts of a page by macro id, in page order (the first occurrence of an id wins). */
    public static Map<String, ThoughtParameters> find(String storage) {
        Map<String, ThoughtParameters> found = new LinkedHashMap<>();
        MacroScan.parametersById(storage, MACRO_NAME).forEach((macroId, parameters) -> found.put(macroId, ThoughtParameters.read(parameters)));
        return found;
    }
}
