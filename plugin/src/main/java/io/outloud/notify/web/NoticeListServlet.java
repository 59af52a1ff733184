package io.outloud.notify.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.web.ServletPages;
import io.outloud.common.web.SiteLinks;
import io.outloud.notify.InAppNotice;
import io.outloud.notify.NoticeListService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Each person's own notification list ({@code /plugins/servlet/outloud/notifications}): the first page, newest first,
 * with marking read and "show more" through the REST resource. Linked, with the unread count, from the app's cards
 * and personal pages.
 */
@LicensedOnly
public class NoticeListServlet extends HttpServlet {
    public static final String PATH = io.outloud.notify.NoticeLinks.LIST_PATH;
    static final String WEB_RESOURCE = "io.outloud.confluence:notify-list";
    static final String TEMPLATE = "templates/notify/list-page.html.vm";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final transient NoticeListService list;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient SiteLinks links;

    public NoticeListServlet(NoticeListService list, TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                             ApplicationProperties applicationProperties) {
        this.list = list;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.links = new SiteLinks(applicationProperties);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NoticeListService.ListPage page;
        int unread;
        try {
            page = list.list(null, NoticeListService.DEFAULT_LIMIT); // signed-in people only
            unread = list.unreadCount();
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        List<NoticeListView.Entry> entries = page.entries().stream().map(this::entry).toList();
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "notices",
                new NoticeListView(entries, page.next().orElse(""), unread, i18n.getText("outloud.notify.list.unread", unread)));
    }

    private NoticeListView.Entry entry(InAppNotice notice) {
        String countText = notice.count() > 1 ? i18n.getText("outloud.notify.list.count", notice.count()) : "";
        return new NoticeListView.Entry(notice.id(), notice.title(), notice.text(), links.href(notice.path()), DATE.format(notice.at()),
                countText, notice.unread());
    }
}
