package io.outloud.preview.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One {@code ac:structured-macro} in storage format; {@code macroId} is null until ids are assigned on save. */
public record MacroOccurrence(String name, String macroId, Map<String, String> parameters) {

    public MacroOccurrence {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters)); // keeps storage order
    }

    public Optional<String> optionalMacroId() {
        return Optional.ofNullable(macroId);
    }
}
