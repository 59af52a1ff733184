package io.outloud.thanks.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.web.ServletPages;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.people.PersonJson;
import io.outloud.thanks.Thanks;
import io.outloud.thanks.ThanksService;
import io.outloud.thanks.ThanksSummary;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Each person's own thanks ({@code /plugins/servlet/outloud/thanks}): their quarter ("You helped 4 colleagues in 3
 * departments this quarter", with the choice to show it on their card) and the thanks they received, newest first, each
 * with the choice to show it on their card. Showing and "show more" go through the REST resource.
 */
@LicensedOnly
public class ThanksServlet extends HttpServlet {
    static final String WEB_RESOURCE = "io.outloud.confluence:thanks-page-resources";
    static final String TEMPLATE = "templates/thanks/thanks-page.html.vm";
    private static final int FIRST = PageRequest.MAX_LIMIT;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final transient ThanksService thanks;
    private final transient PersonDirectory people;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public ThanksServlet(ThanksService thanks, PersonDirectory people, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n) {
        this.thanks = thanks;
        this.people = people;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page<Thanks> page;
        ThanksSummary summary;
        try {
            page = thanks.received(PageRequest.first(FIRST)); // signed-in people only
            summary = thanks.mySummary();
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        Map<String, Person> thankers = people.cards(page.items().stream().map(Thanks::thankerKey).toList());
        List<ThanksView.Entry> entries = page.items().stream().map(one -> entry(one, thankers.get(one.thankerKey()))).toList();
        String summaryText = i18n.getText("outloud.thanks.summary.mine", summary.people(), summary.departments());
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "thanks",
                new ThanksView(entries, page.nextCursor() == null ? "" : page.nextCursor(), summaryText, summary.isPublic()));
    }

    private ThanksView.Entry entry(Thanks one, Person from) {
        return new ThanksView.Entry(one.id(), PersonJson.name(from, i18n::getText), from == null ? "" : from.avatarUrl(),
                i18n.getText("outloud.thanks.occasion." + one.occasion().code()), one.note(), DATE.format(one.createdAt()), one.shown());
    }
}
