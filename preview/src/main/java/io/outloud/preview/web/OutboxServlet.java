package io.outloud.preview.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.outloud.preview.host.PreviewMailQueue;
import io.outloud.preview.html.Html;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The current person's outbox: the mails Confluence would have sent them (the preview has no mail server), newest
 * first. A mail's HTML is shown as a mail client would, in a sandboxed frame that runs no script.
 */
public final class OutboxServlet extends HttpServlet {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final PreviewMailQueue mail;
    private final Layout layout;

    public OutboxServlet(PreviewMailQueue mail, Layout layout) {
        this.mail = mail;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        List<Layout.Crumb> crumbs = List.of(new Layout.Crumb("Spaces", "/"), new Layout.Crumb("Outbox", null));
        if (user == null) {
            PageServlet.send(response, 401, layout.page(request, "Outbox", crumbs,
                    "<p>Act as someone (top right) to see their outbox.</p>", Layout.Meta.none()));
            return;
        }
        List<PreviewMailQueue.Mail> mails = mail.outbox(user.getKey().getStringValue(), 50);
        StringBuilder html = new StringBuilder("<p>Mail Confluence would send to ").append(Html.escape(user.getFullName()))
                .append(", newest first.</p>");
        if (mails.isEmpty()) {
            html.append("<p class=\"outloud-outbox-empty\">No notifications yet.</p>");
        } else {
            html.append("<ol class=\"outloud-outbox\" style=\"list-style: none; padding: 0\">");
            for (PreviewMailQueue.Mail item : mails) {
                html.append("<li class=\"outloud-outbox-mail\" style=\"border-top: 1px solid var(--ds-border, #dfe1e6); padding: 8px 0\">")
                        .append("<h2 class=\"outloud-outbox-subject\" style=\"font-size: 16px; margin: 0\">").append(Html.escape(item.subject())).append("</h2>")
                        .append("<p style=\"margin: 2px 0; color: var(--ds-text-subtle, #505f79)\">To ").append(Html.escape(item.toAddress())).append(", ")
                        .append("<time datetime=\"").append(item.queuedAt()).append("\">").append(TIME.format(item.queuedAt())).append("</time></p>")
                        .append(frame("outloud-outbox-body", item.subject(), "Mail", item.htmlBody(), 160)).append("</li>");
            }
            html.append("</ol>");
        }
        html.append("<p>In-app notifications are the app's own list: <a href=\"/plugins/servlet/outloud/notifications\" style=\"text-decoration: underline\">Notifications</a>.</p>");
        PageServlet.send(response, 200, layout.page(request, "Outbox", crumbs, html.toString(), Layout.Meta.none()));
    }

    /** A message's HTML as a mail client shows it: in a sandboxed frame that runs no script, the document escaped as its source. */
    private static String frame(String cssClass, String title, String documentTitle, String bodyHtml, int heightPx) {
        return "<iframe class=\"" + cssClass + "\" sandbox title=\"" + Html.escape(title) + "\" style=\"width: 100%; height: " + heightPx
                + "px; border: 1px solid var(--ds-border, #dfe1e6)\" srcdoc=\"" + Html.escape("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + documentTitle + "</title></head><body>" + bodyHtml + "</body></html>") + "\"></iframe>";
    }
}
