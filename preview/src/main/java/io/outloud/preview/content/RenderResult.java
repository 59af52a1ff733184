package io.outloud.preview.content;

/** View HTML of one rendering plus how many times {@code Macro.execute} was called for it. */
public record RenderResult(String html, int macroInvocations) {
}
