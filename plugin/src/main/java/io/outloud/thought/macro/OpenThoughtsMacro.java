package io.outloud.thought.macro;

import io.outloud.settings.AppMacro;
import io.outloud.host.MacroOff;
import java.util.Optional;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.macro.MacroTemplates;
import io.outloud.common.web.SiteLinks;
import io.outloud.thought.ThoughtService;

import java.util.Map;

/**
 * My open thoughts ({@code half-finished-thoughts-mine}): the reader's own thoughts that are not ripe, oldest
 * first, with how much feedback each has, what is not taken in yet, and which have waited too long. Personal: it
 * lists nothing outside a page view (exports, mail copies).
 */
public class OpenThoughtsMacro implements Macro {
    static final String WEB_RESOURCE = "io.outloud.confluence:thought";
    static final String TEMPLATE = "templates/thought/mine.html.vm";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final OpenThoughtsViews views;

    private final MacroOff macroOff;

    public OpenThoughtsMacro(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, ThoughtService thoughts,
                             ApplicationProperties applicationProperties, MacroOff macroOff) {
        this.macroOff = macroOff;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.views = new OpenThoughtsViews(thoughts, i18n, new SiteLinks(applicationProperties));
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Optional<String> off = macroOff.render(AppMacro.OPEN_THOUGHTS, body, context);
        if (off.isPresent()) {
            return off.get();
        }
        OpenThoughtsView view = views.build("display".equals(context.getOutputType()));
        return new MacroTemplates(renderer, pageBuilder, i18n).render(WEB_RESOURCE, TEMPLATE, "mine", view);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
