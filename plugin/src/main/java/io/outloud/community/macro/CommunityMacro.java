package io.outloud.community.macro;

import io.outloud.settings.AppMacro;
import io.outloud.host.MacroOff;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.macro.MacroContexts;
import io.outloud.common.macro.MacroTemplates;
import io.outloud.community.Community;
import io.outloud.community.CommunityDraft;
import io.outloud.community.CommunityKeys;
import io.outloud.community.CommunityService;
import io.outloud.community.pairing.macro.PairingViews;
import io.outloud.common.web.SiteLinks;
import io.outloud.thought.ThoughtService;
import io.outloud.wol.StreamService;
import io.outloud.settings.SettingsService;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A community ({@code outloud-community}): its name, the curiosity it gathers around, its leads and labels, which
 * departments it connects, joining and leaving, its members by department, its recent blocks and thoughts, and its
 * asks. The insert dialog's name, curiosity and access make the community when the page is saved (the person who
 * saves becomes its lead); a name that exists shows that community. A bad parameter is named on the macro.
 */
public class CommunityMacro implements Macro {
    public static final String WEB_RESOURCE = "io.outloud.confluence:community";
    static final String TEMPLATE = "templates/community/community.html.vm";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final CommunityService communities;
    private final CommunityViews views;

    private final MacroOff macroOff;

    public CommunityMacro(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, CommunityService communityService,
                          StreamService streamService, ThoughtService thoughtService, PairingViews pairingViews,
                          ApplicationProperties applicationProperties, MacroOff macroOff, SettingsService settings) {
        this.macroOff = macroOff;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.communities = communityService;
        this.views = new CommunityViews(communityService, streamService, thoughtService, pairingViews, i18n,
                new SiteLinks(applicationProperties), () -> settings.site().minGroupSize());
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Optional<String> off = macroOff.render(AppMacro.COMMUNITY, body, context);
        if (off.isPresent()) {
            return off.get();
        }
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        CommunityView view;
        try {
            CommunityDraft draft = CommunityDraft.of(params.get("name"), params.get("curiosity"), params.get("access"), params.get("labels"));
            // The macro that is a community's home shows it whatever its name says now; another shows the community named.
            Optional<String> macroId = MacroContexts.macroId(context);
            long pageId = context.getEntity() == null ? 0 : context.getEntity().getId();
            Optional<Community> community = macroId.filter(id -> pageId > 0).flatMap(id -> communities.homedAt(pageId, id))
                    .or(() -> communities.visible(CommunityKeys.fromName(draft.name())));
            view = community.map(c -> views.build(c, "display".equals(context.getOutputType())))
                    .orElseGet(() -> views.notice("outloud.community.not-made-yet", draft.name()));
        } catch (OutloudException problem) {
            view = new CommunityView();
            view.errors = List.of(i18n.getText(problem.messageKey(), (Serializable[]) problem.arguments()));
        }
        if (view.getPairing() != null) {
            pageBuilder.assembler().resources().requireWebResource(PairingViews.WEB_RESOURCE);
        }
        return new MacroTemplates(renderer, pageBuilder, i18n).render(WEB_RESOURCE, TEMPLATE, "community", view);
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
