package io.outloud.preview.content;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.confluence.xhtml.api.MacroDefinitionBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Calls macros as Confluence's view conversion does: the body in the form the macro declares (rich text already
 * converted to view HTML), a fresh context per call, and an error box instead of the output when the macro fails.
 * One instance per rendering, so it can count calls.
 */
final class MacroInvoker {

    private static final Logger LOG = LoggerFactory.getLogger(MacroInvoker.class);

    private final RenderTarget target;
    private final Function<Element, String> richBodyRenderer;
    private final Map<String, Object> renderingProperties = new HashMap<>();
    private int invocations;

    MacroInvoker(RenderTarget target, Function<Element, String> richBodyRenderer) {
        this.target = target;
        this.richBodyRenderer = richBodyRenderer;
    }

    /** The macro's output HTML, inserted as-is: escaping what it echoes is the macro's job, as in Confluence. */
    String invoke(MacroElement element) {
        Optional<Macro> resolved = target.macros().resolve(element.name());
        if (resolved.isEmpty()) {
            return ErrorBoxes.unknownMacro(element.name());
        }
        Macro macro = resolved.get();
        String body = body(macro.getBodyType(), element);
        MacroConversionContext context = new MacroConversionContext(target, renderingProperties, definition(element));
        invocations++;
        try {
            String output = macro.execute(new HashMap<>(element.parameters()), body, context);
            return output == null ? "" : output;
        } catch (MacroExecutionException e) {
            return ErrorBoxes.macroFailed(element.name(), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // The stack trace is for the developer's log, never for the page.
            LOG.warn("Macro '{}' failed on page {}", element.name(), pageTitle(), e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return ErrorBoxes.macroFailed(element.name(), reason);
        }
    }

    int invocations() {
        return invocations;
    }

    private String body(Macro.BodyType bodyType, MacroElement element) {
        if (bodyType == Macro.BodyType.RICH_TEXT) {
            if (element.richTextBody() != null) {
                return richBodyRenderer.apply(element.richTextBody()); // nested macros run before this one
            }
            return element.plainTextBody() == null ? "" : HtmlWriter.escapeText(element.plainTextBody());
        }
        if (bodyType == Macro.BodyType.PLAIN_TEXT) {
            if (element.plainTextBody() != null) {
                return element.plainTextBody();
            }
            return element.richTextBody() == null ? "" : element.richTextBody().getTextContent();
        }
        return ""; // BodyType.NONE (or undeclared): Confluence passes no body; "" spares macros a null check
    }

    private static MacroDefinition definition(MacroElement element) {
        // As Confluence builds them (9.x and 10.x have no public no-argument constructor).
        MacroDefinitionBuilder builder = MacroDefinition.builder(element.name());
        if (element.macroId() != null) {
            builder.withMacroIdentifier(MacroId.fromString(element.macroId()));
        }
        return builder.build();
    }

    private String pageTitle() {
        return target.page() == null ? "(none)" : target.page().getTitle();
    }
}
