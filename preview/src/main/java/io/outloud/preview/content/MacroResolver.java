package io.outloud.preview.content;

import com.atlassian.confluence.macro.Macro;

import java.util.Optional;

/** Finds the macro registered under a storage-format macro name ({@code ac:name}), as Confluence's macro manager does. */
@FunctionalInterface
public interface MacroResolver {

    Optional<Macro> resolve(String macroName);

    static MacroResolver none() {
        return name -> Optional.empty();
    }
}
