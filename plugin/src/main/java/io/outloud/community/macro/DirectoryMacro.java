package io.outloud.community.macro;

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
import io.outloud.community.CommunityDirectory;
import io.outloud.community.CommunityService;
import io.outloud.common.web.SiteLinks;

import java.util.Map;

/**
 * The community directory ({@code outloud-community-directory}): every community the reader may see, with search,
 * filters by label and department, sorting by activity, size or name, suggestions of communities that would connect
 * the reader with departments they have not met, and a small form to start a community.
 */
public class DirectoryMacro implements Macro {
    static final String TEMPLATE = "templates/community/directory.html.vm";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final CommunityService communities;
    private final DirectoryViews views;

    private final MacroOff macroOff;

    public DirectoryMacro(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, CommunityService communityService,
                          CommunityDirectory communityDirectory, ApplicationProperties applicationProperties, MacroOff macroOff) {
        this.macroOff = macroOff;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.communities = communityService;
        this.views = new DirectoryViews(communityDirectory, i18n, new SiteLinks(applicationProperties));
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Optional<String> off = macroOff.render(AppMacro.DIRECTORY, body, context);
        if (off.isPresent()) {
            return off.get();
        }
        DirectoryView view = views.build(communities.viewerKey().isPresent());
        return new MacroTemplates(renderer, pageBuilder, i18n).render(CommunityMacro.WEB_RESOURCE, TEMPLATE, "directory", view);
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
