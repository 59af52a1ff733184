package io.outloud.preview.velocity;

import io.outloud.preview.html.Html;

import java.util.function.Predicate;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.Renderable;

/** HTML-escapes inserted references in templates that opted in to Anti-XSS, except Confluence's html-safe names. */
final class AntiXssReferenceHandler implements ReferenceInsertionEventHandler {
    private final Predicate<String> templateEscapes;
    private final boolean renderedTemplateEscapes;

    /**
     * @param templateEscapes          whether a template (by name) opted in; asked for the template being rendered
     *                                 right now, so #parse'd templates follow their own opt-in
     * @param renderedTemplateEscapes  fallback when Velocity does not say which template is current
     */
    AntiXssReferenceHandler(Predicate<String> templateEscapes, boolean renderedTemplateEscapes) {
        this.templateEscapes = templateEscapes;
        this.renderedTemplateEscapes = renderedTemplateEscapes;
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        // Renderables ($bodyContent of block macros) write template output whose references were handled already.
        if (value == null || value instanceof Renderable || !escapes(context) || HtmlSafeReferences.isHtmlSafe(reference)) {
            return value;
        }
        return Html.escape(String.valueOf(value));
    }

    private boolean escapes(Context context) {
        if (context instanceof InternalContextAdapter adapter && adapter.getCurrentTemplateName() != null) {
            return templateEscapes.test(adapter.getCurrentTemplateName());
        }
        return renderedTemplateEscapes;
    }

}
