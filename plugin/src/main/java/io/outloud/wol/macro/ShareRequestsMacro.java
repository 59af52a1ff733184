package io.outloud.wol.macro;

import io.outloud.settings.AppMacro;
import io.outloud.host.MacroOff;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.macro.MacroTemplates;
import io.outloud.common.web.SiteLinks;
import io.outloud.people.PersonDirectory;
import io.outloud.wol.ShareRequestService;

import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Requests to share ({@code working-out-loud-requests}): for the person reading the page, the open requests to them
 * (who asked, about what, from which block; answer or decline) and what they asked others (and what came of it).
 * Each reader sees only their own requests; anonymous readers see a line asking them to sign in. The view comes from
 * {@link ShareRequestsViews}, which the personal page of requests shares.
 */
public class ShareRequestsMacro implements Macro {
    public static final String WEB_RESOURCE = "io.outloud.confluence:wol-requests";
    static final String TEMPLATE = "templates/wol/requests.html.vm";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final ShareRequestsViews views;

    private final MacroOff macroOff;

    public ShareRequestsMacro(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, ShareRequestService requests,
                              PersonDirectory people, ApplicationProperties application, MacroOff macroOff) {
        this.macroOff = macroOff;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.views = new ShareRequestsViews(i18n, requests, people, new SiteLinks(application));
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Optional<String> off = macroOff.render(AppMacro.SHARE_REQUESTS, body, context);
        if (off.isPresent()) {
            return off.get();
        }
        // A mail, PDF or feed copy of the page is not read by the person it was rendered for: it lists no one's requests.
        ShareRequestsView view = "display".equals(context.getOutputType()) ? views.build()
                : new ShareRequestsView(false, List.of(), List.of()).elsewhere();
        return new MacroTemplates(renderer, pageBuilder, i18n).render(WEB_RESOURCE, TEMPLATE, "requests", view);
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
