package io.outloud.preview.velocity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Test helper: renders a template from src/test/resources to a string. */
final class Templates {
    private Templates() {
    }

    static String render(PreviewTemplateRenderer renderer, String name, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(name, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static PreviewTemplateRenderer strict(MethodAllowlist allowlist) {
        return new PreviewTemplateRenderer(Templates.class.getClassLoader(), allowlist);
    }

    static MethodAllowlist widgetAllowlist() {
        return MethodAllowlist.of(
                "io.outloud.preview.velocity.Widget#getTitle()",
                "io.outloud.preview.velocity.Widget#getSummaryHtml()",
                "io.outloud.preview.velocity.Widget#getBodyHtml()",
                "io.outloud.preview.velocity.Widget#renderBadge()",
                "io.outloud.preview.velocity.Widget#format(java.lang.String)");
    }
}
