package io.outloud.preview.velocity;

/** What happens when a template calls a method that is not allowlisted. */
public enum AllowlistMode {
    /**
     * Fail the render with a {@link com.atlassian.templaterenderer.RenderingException}. Default in the preview and
     * tests: Confluence would only log and render the raw reference, which is easy to miss, so a missing allowlist
     * entry should fail loudly during development.
     */
    STRICT,
    /** Confluence 9 behaviour: log a WARN and treat the call as unresolved (the reference text is rendered). */
    LENIENT
}
