package io.outloud.preview.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * Renders a plugin's Velocity templates the way Confluence 9.2 does: Anti-XSS auto-escaping for opted-in templates
 * and the velocity method allowlist. One Velocity engine per plugin ClassLoader; parsed templates are cached.
 */
public final class PreviewTemplateRenderer implements TemplateRenderer {
    private static final String LOADER = "plugin";

    private final VelocityEngine engine;
    private final Map<String, LoadedTemplate> templates = new ConcurrentHashMap<>();

    /** Strict allowlist: a call that is not allowlisted fails the render (see {@link AllowlistMode#STRICT}). */
    public PreviewTemplateRenderer(ClassLoader pluginClassLoader, MethodAllowlist allowlist) {
        this(pluginClassLoader, allowlist, AllowlistMode.STRICT);
    }

    public PreviewTemplateRenderer(ClassLoader pluginClassLoader, MethodAllowlist allowlist, AllowlistMode mode) {
        this(pluginClassLoader, allowlist, mode, warning -> { });
    }

    /** @param warningListener also told of every blocked call in {@link AllowlistMode#LENIENT} (besides the WARN log) */
    PreviewTemplateRenderer(ClassLoader pluginClassLoader, MethodAllowlist allowlist, AllowlistMode mode, Consumer<String> warningListener) {
        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, LOADER);
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_INSTANCE), new ClassLoaderResourceLoader(pluginClassLoader));
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_CACHE), true);
        engine.setProperty(loaderProperty(RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL), -1);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, HtmlSafeDirective.class.getName() + "," + DisableAntiXssDirective.class.getName());
        // Confluence 9 still runs Velocity 1.x semantics: keep whitespace and #if truthiness as plugin authors expect.
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        engine.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, false);
        engine.setApplicationAttribute(AllowlistUberspector.GATE_ATTRIBUTE, new MethodGate(allowlist, mode, warningListener));
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException {
        LoadedTemplate template = load(templateName);
        VelocityContext velocityContext = new VelocityContext(context == null ? new HashMap<>() : new HashMap<>(context));
        EventCartridge events = new EventCartridge();
        events.addReferenceInsertionEventHandler(new AntiXssReferenceHandler(this::escapes, template.escapes()));
        events.attachToContext(velocityContext);
        try {
            template.template().merge(velocityContext, writer);
        } catch (RenderingException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException writerFailure) {
                throw writerFailure; // Velocity wraps the writer's own failure; callers expect it as declared
            }
            throw translate(templateName, e);
        }
    }

    private boolean escapes(String templateName) {
        return load(templateName).escapes();
    }

    private LoadedTemplate load(String templateName) {
        try {
            return templates.computeIfAbsent(templateName, name -> {
                Template template = engine.getTemplate(name, StandardCharsets.UTF_8.name());
                return new LoadedTemplate(template, AntiXssOptIn.escapes(template));
            });
        } catch (ResourceNotFoundException e) {
            throw new RenderingException("Template not found: " + templateName, e);
        } catch (ParseErrorException e) {
            throw syntaxError(e);
        }
    }

    /** Failures from nested #parse or method calls arrive wrapped by Velocity; surface our own or say where it broke. */
    private static RenderingException translate(String templateName, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RenderingException rendering) {
                return rendering;
            }
            if (cause instanceof ParseErrorException parse) {
                return syntaxError(parse);
            }
            if (cause instanceof ResourceNotFoundException) {
                return new RenderingException(cause.getMessage() + " (while rendering " + templateName + ")", failure);
            }
        }
        String message = failure instanceof VelocityException ? failure.getMessage() : failure.toString();
        return new RenderingException("Error rendering template " + templateName + ": " + message, failure);
    }

    private static RenderingException syntaxError(ParseErrorException e) {
        return new RenderingException("Syntax error in template " + e.getTemplateName() + " at line " + e.getLineNumber()
                + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
    }

    private static String loaderProperty(String key) {
        return RuntimeConstants.RESOURCE_LOADER + "." + LOADER + "." + key;
    }

    private record LoadedTemplate(Template template, boolean escapes) {
    }
}
