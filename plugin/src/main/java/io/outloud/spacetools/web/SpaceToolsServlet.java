package io.outloud.spacetools.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.web.ServletPages;
import io.outloud.settings.MacroChoice;
import io.outloud.settings.SpaceMacros;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Out Loud in a space's tools ({@code ?key=SPACE}, linked from the space tools' Integrations section), for the space's
 * admins only: which of the app's macros the space uses. Its script saves through the space macros REST resource, which
 * checks again (and the app's XSRF rules apply). Everyone else gets 403 (401 when not signed in).
 */
@LicensedOnly
public class SpaceToolsServlet extends HttpServlet {
    static final String WEB_RESOURCE = "io.outloud.confluence:space-tools-resources";
    static final String TEMPLATE = "templates/spacetools/space.html.vm";
    public static final String PATH = "/plugins/servlet/outloud/space-tools";

    private final transient SpaceMacros macros;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public SpaceToolsServlet(SpaceMacros macros, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.macros = macros;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String spaceKey = request.getParameter("key");
        List<MacroChoice> choices;
        try {
            choices = macros.forSpaceAdmin(spaceKey);
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        List<SpaceToolsView.MacroRow> rows = new ArrayList<>();
        for (MacroChoice choice : choices) {
            String defaultLabel = i18n.getText(choice.siteDefaultOn() ? "outloud.space.tools.choice.default-on" : "outloud.space.tools.choice.default-off");
            rows.add(new SpaceToolsView.MacroRow(choice.macro().macroName(), i18n.getText(choice.macro().labelKey()), defaultLabel,
                    choice.choice().code()));
        }
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "space", new SpaceToolsView(spaceKey, rows));
    }
}
