package io.outloud.common.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** How every macro renders: require its web resource, then its template with a view model and the i18n texts. */
public final class MacroTemplates {
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;

    public MacroTemplates(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    public String render(String webResource, String template, String modelName, Object view) throws MacroExecutionException {
        return render(webResource, template, modelName, view, new Texts(i18n));
    }

    /** For a macro that writes its HTML in Java: its scripts and styles still come with the page. */
    public static void require(PageBuilderService pageBuilder, String webResource) {
        pageBuilder.assembler().resources().requireWebResource(webResource);
    }

    /** With the texts of the page's rendering ({@link MacroContexts#texts}), so its occurrences look each text up once. */
    public String render(String webResource, String template, String modelName, Object view, Texts texts) throws MacroExecutionException {
        require(pageBuilder, webResource);
        Map<String, Object> model = new HashMap<>();
        model.put(modelName, view);
        model.put("texts", texts);
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, model, out);
        } catch (IOException e) {
            throw new MacroExecutionException(e);
        }
        return out.toString();
    }
}
