package io.outloud.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;
import io.outloud.wol.ShareRequest;
import io.outloud.wol.StreamItem;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Notifier} through Confluence's mail queue (queue "mail", sent by Confluence's job through the site's SMTP
 * server): an HTML mail to the address on the recipient's profile, in the language the recipient chose (the site's
 * default otherwise), every value escaped, with a link to the block at the site's base URL. Nobody hears of a page
 * they may not view, and a person without an address is skipped. A failure is logged, never thrown: the write it
 * follows has already committed.
 */
public class MailNotifier implements Notifier {
    static final String MAIL_QUEUE = "mail";
    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());

    private final MultiQueueTaskManager taskManager;
    private final UserManager userManager;
    private final UserAccessor userAccessor;
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final ApplicationProperties application;

    public MailNotifier(MultiQueueTaskManager taskManager, UserManager userManager, UserAccessor userAccessor, PageManager pageManager,
                        PermissionManager permissionManager, I18nResolver i18n, LocaleResolver locales, ApplicationProperties application) {
        this.taskManager = taskManager;
        this.userManager = userManager;
        this.userAccessor = userAccessor;
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.i18n = i18n;
        this.locales = locales;
        this.application = application;
    }

    @Override
    public void notify(Notice notice) {
        try {
            send(notice);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Out Loud could not queue a " + notice.kind().code() + " notification", e);
        }
    }

    private void send(Notice notice) {
        UserProfile recipient = userManager.getUserProfile(new UserKey(notice.recipientKey()));
        String address = recipient == null ? null : recipient.getEmail();
        AbstractPage page = pageManager.getAbstractPage(notice.pageId());
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(notice.recipientKey()));
        if (address == null || address.isBlank() || page == null || user == null
                || !permissionManager.hasPermission(user, Permission.VIEW, page)) {
            return;
        }
        Locale language = locales.getLocale(new UserKey(notice.recipientKey()));
        UserProfile actor = userManager.getUserProfile(new UserKey(notice.actorKey()));
        String actorName = actor == null || actor.getFullName() == null ? i18n.getText(language, "outloud.wol.block.unknown-author")
                : actor.getFullName();
        String prefix = "outloud.notify." + notice.kind().code();
        String subject = i18n.getText(language, prefix + ".subject", actorName, page.getTitle());
        StringBuilder body = new StringBuilder("<p>")
                .append(escape(i18n.getText(language, prefix + ".body", actorName, page.getTitle()))).append("</p>");
        if (!notice.text().isEmpty()) {
            body.append("<blockquote>").append(escape(notice.text()).replace("\r\n", "\n").replace("\n", "<br>")).append("</blockquote>");
        }
        if (notice.kind() == Notice.Kind.SHARE_ASKED && notice.requestNumber() > 0) {
            // The askee can answer from the mail alone: the request's number and the markup of an answering block.
            body.append("<p>").append(escape(i18n.getText(language, "outloud.wol.ask.answer-how", String.valueOf(notice.requestNumber()))))
                    .append("</p><p><code>").append(escape(ShareRequest.answerMarkup(notice.requestNumber()))).append("</code></p>");
        }
        String link = application.getBaseUrl(UrlMode.CANONICAL) + StreamItem.pathOf(notice.pageId(), notice.macroId());
        body.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(i18n.getText(language, "outloud.notify.open")))
                .append("</a></p>");
        body.append("<p>").append(escape(i18n.getText(language, "outloud.notify.footer"))).append("</p>");
        taskManager.addTask(MAIL_QUEUE, new ConfluenceMailQueueItem(address, subject, body.toString(), ConfluenceMailQueueItem.MIME_TYPE_HTML));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
