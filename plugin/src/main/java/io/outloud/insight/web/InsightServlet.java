package io.outloud.insight.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.outloud.common.OutloudException;
import io.outloud.common.web.ServletPages;
import io.outloud.insight.FlowCell;
import io.outloud.insight.FlowKind;
import io.outloud.insight.FlowReport;
import io.outloud.insight.InsightPeriod;
import io.outloud.insight.InsightService;
import io.outloud.insight.TrendPoint;
import io.outloud.insight.rest.InsightResource;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cross-department insight ({@code /plugins/servlet/outloud/insight}): the whole site for site admins (linked from the
 * settings page), {@code ?community=key} one community for site admins and its leads (linked from the community's
 * page); {@code weeks} and {@code kind} choose what is shown (a plain form: no script needed). The use case checks who
 * may read.
 */
@LicensedOnly
public class InsightServlet extends HttpServlet {
    public static final String PATH = io.outloud.insight.InsightLinks.PATH;
    static final String WEB_RESOURCE = "io.outloud.confluence:insight-page-resources";
    static final String TEMPLATE = "templates/insight/insight.html.vm";

    private final transient InsightService insight;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public InsightServlet(InsightService insight, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.insight = insight;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FlowReport report;
        try {
            report = insight.report(InsightResource.weeks(request.getParameter("weeks")), InsightResource.blankToNull(request.getParameter("community")));
        } catch (OutloudException refusal) {
            if (refusal.failure() == io.outloud.common.Failure.INVALID_INPUT) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, i18n.getText(refusal.messageKey(), refusal.arguments()));
                return;
            }
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        FlowKind kind = Optional.ofNullable(request.getParameter("kind")).flatMap(FlowKind::fromCode).orElse(FlowKind.HELP_ACCEPTED);
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "insight", view(report, kind, request.getContextPath()));
    }

    private InsightPageView view(FlowReport report, FlowKind kind, String contextPath) {
        FlowCharts charts = new FlowCharts((key, arguments) -> i18n.getText(key, serializable(arguments)));
        List<InsightPageView.Choice> weeks = new ArrayList<>();
        for (int choice : InsightPeriod.CHOICES) {
            weeks.add(new InsightPageView.Choice(String.valueOf(choice), i18n.getText("outloud.insight.weeks", choice), choice == report.period().weeks()));
        }
        List<InsightPageView.Choice> kinds = new ArrayList<>();
        for (FlowKind each : FlowKind.values()) {
            kinds.add(new InsightPageView.Choice(each.code(), i18n.getText("outloud.insight.kind." + each.code()), each == kind));
        }
        List<String> columns = report.departments().stream().map(charts::name).toList();
        List<InsightPageView.Row> rows = new ArrayList<>();
        for (String from : report.departments()) {
            List<InsightPageView.Cell> cells = new ArrayList<>();
            for (String to : report.departments()) {
                Optional<FlowCell> cell = report.cell(kind, from, to);
                cells.add(new InsightPageView.Cell(charts.name(to), cell.map(charts::tableFigure).orElse("0"), cell.map(FlowCell::suppressed).orElse(false)));
            }
            rows.add(new InsightPageView.Row(charts.name(from), cells));
        }
        List<InsightPageView.Week> trend = new ArrayList<>();
        for (TrendPoint point : report.trend().get(kind)) {
            trend.add(new InsightPageView.Week(point.weekStart().toString(), point.suppressed() ? charts.suppressedLong() : String.valueOf(point.events()),
                    point.suppressed()));
        }
        Integer percent = report.crossingPercent();
        String crossing = percent == null ? i18n.getText("outloud.insight.crossing.none") : i18n.getText("outloud.insight.crossing", percent);
        String community = report.community() == null ? "" : report.community();
        String query = "?weeks=" + report.period().weeks() + (community.isEmpty() ? "" : "&community=" + URLEncoder.encode(community, StandardCharsets.UTF_8));
        return new InsightPageView(community.isEmpty() ? "atl.admin" : "atl.general", i18n.getText("outloud.insight.title"),
                community.isEmpty() ? i18n.getText("outloud.insight.scope.site") : i18n.getText("outloud.insight.scope.community", report.communityName()),
                i18n.getText("outloud.insight.period", report.period().first().toString(), report.period().last().toString()), community, weeks, kinds,
                i18n.getText("outloud.insight.kind." + kind.code()), report.departments().isEmpty(), charts.matrix(report, kind), charts.trend(report, kind),
                columns, rows, trend, crossing, i18n.getText("outloud.insight.suppression", report.minGroupSize()),
                contextPath + "/rest/outloud/1.0/insight/csv" + query);
    }

    private static Serializable[] serializable(Object[] arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i] instanceof Serializable s ? s : String.valueOf(arguments[i]);
        }
        return values;
    }
}
