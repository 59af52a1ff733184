package io.outloud.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.outloud.common.text.HtmlWriter;
import io.outloud.community.Community;
import io.outloud.community.CommunityLinks;
import io.outloud.community.CommunityStore;
import io.outloud.notify.Notice;
import io.outloud.notify.NoticeLines;
import io.outloud.thought.ThoughtLinks;
import io.outloud.wol.ShareRequest;
import io.outloud.wol.StreamItem;

import java.util.Locale;
import java.util.Optional;

/**
 * What a notice says, the same for every way it is delivered (mail, the app's own notification list): for a recipient who exists and
 * may view the page, in the language they chose (the site's default otherwise), with every value escaped in the HTML
 * and a link to the block at the site's base URL. Nobody is told about a page they may not view.
 */
public class NoticeMessages implements NoticeLines {
    /** Where the app's own pages are: a notice about one links nowhere else. */
    private static final String OWN_PAGES = "/plugins/servlet/outloud/";

    private final UserManager userManager;
    private final UserAccessor userAccessor;
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final ApplicationProperties application;
    private final CommunityStore communities;

    public NoticeMessages(UserManager userManager, UserAccessor userAccessor, PageManager pageManager, PermissionManager permissionManager,
                          I18nResolver i18n, LocaleResolver locales, ApplicationProperties application, CommunityStore communities) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.i18n = i18n;
        this.locales = locales;
        this.application = application;
        this.communities = communities;
    }

    /**
     * A composed notice: who gets it, a plain-text subject (also the entry's title in the app's own list), the HTML of
     * the mail (what happened, a link and a footer), the canonical link to what it is about and its site path (for the
     * app's pages, behind the context path).
     */
    public record Message(UserProfile recipient, String subject, String mailHtml, String link, String path, String pageTitle) {
    }

    public Optional<Message> compose(Notice notice) {
        UserProfile recipient = userManager.getUserProfile(new UserKey(notice.recipientKey()));
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(notice.recipientKey()));
        if (recipient == null || user == null) {
            return Optional.empty();
        }
        Optional<About> about = switch (notice.kind().subject()) {
            case COMMUNITY -> community(notice, user);
            case OWN_PAGE -> ownPage(notice);
            case BLOCK, THOUGHT -> page(notice, user);
        };
        return about.map(what -> message(notice, recipient, what));
    }

    /** What a notice is about, as its words name it (a page's title, a community's name) and where its link goes. */
    private record About(String title, String path) {
    }

    /** A block's or a thought's page, if the recipient may view it. */
    private Optional<About> page(Notice notice, ConfluenceUser user) {
        AbstractPage page = pageManager.getAbstractPage(notice.pageId());
        if (page == null || !permissionManager.hasPermission(user, Permission.VIEW, page)) {
            return Optional.empty();
        }
        String path = notice.kind().aboutThought() ? ThoughtLinks.pathOf(notice.pageId(), notice.macroId())
                : StreamItem.pathOf(notice.pageId(), notice.macroId());
        return Optional.of(new About(page.getTitle(), path));
    }

    /** The recipient's own page of the app (its path where others carry a macro id): theirs, so always theirs to open. */
    private static Optional<About> ownPage(Notice notice) {
        return notice.macroId().startsWith(OWN_PAGES) ? Optional.of(new About("", notice.macroId())) : Optional.empty();
    }

    /** A community (its key where others carry a macro id): one on a page tells only those who may view that page. */
    private Optional<About> community(Notice notice, ConfluenceUser user) {
        Community community = communities.find(notice.macroId()).orElse(null);
        if (community == null) {
            return Optional.empty();
        }
        if (community.hasHome()) {
            AbstractPage page = pageManager.getAbstractPage(community.homePageId());
            if (page == null || !permissionManager.hasPermission(user, Permission.VIEW, page)) {
                return Optional.empty();
            }
        }
        return Optional.of(new About(community.name(), CommunityLinks.pathOf(community)));
    }

    private Message message(Notice notice, UserProfile recipient, About about) {
        Locale language = locales.getLocale(new UserKey(notice.recipientKey()));
        String actorName = actorName(notice.actorKey(), language);
        String prefix = "outloud.notify." + notice.kind().code();
        // The number goes as a Long: batched feedback's texts choose their words by it ({2,choice,...}).
        String subject = i18n.getText(language, prefix + ".subject", actorName, about.title(), notice.number());
        StringBuilder body = new StringBuilder("<p>")
                .append(HtmlWriter.escape(i18n.getText(language, prefix + ".body", actorName, about.title(), notice.number()))).append("</p>");
        if (!notice.text().isEmpty()) {
            body.append("<blockquote>").append(HtmlWriter.escape(notice.text()).replace("\r\n", "\n").replace("\n", "<br>")).append("</blockquote>");
        }
        if (notice.kind() == Notice.Kind.SHARE_ASKED && notice.number() > 0) {
            // The askee can answer from the message alone: the request's number and the markup of an answering block.
            body.append("<p>").append(HtmlWriter.escape(i18n.getText(language, "outloud.wol.ask.answer-how", String.valueOf(notice.number()))))
                    .append("</p><p><code>").append(HtmlWriter.escape(ShareRequest.answerMarkup(notice.number()))).append("</code></p>");
        }
        String link = application.getBaseUrl(UrlMode.CANONICAL) + about.path();
        body.append("<p><a href=\"").append(HtmlWriter.escape(link)).append("\">").append(HtmlWriter.escape(i18n.getText(language, "outloud.notify.open")))
                .append("</a></p>");
        body.append("<p>").append(HtmlWriter.escape(i18n.getText(language, "outloud.notify.footer"))).append("</p>");
        return new Message(recipient, subject, body.toString(), link, about.path(), about.title());
    }

    /** A notice held for a digest, as the digest lists it: composed as its mail would have been, when it was to go. */
    @Override
    public Optional<NoticeLines.Line> line(Notice notice) {
        return compose(notice).map(message -> new NoticeLines.Line(message.subject(), message.path()));
    }

    /** Who did it, as the recipient reads it; a notice without a single actor (batched feedback) names nobody. */
    private String actorName(String actorKey, Locale language) {
        if (actorKey.isEmpty()) {
            return "";
        }
        UserProfile actor = userManager.getUserProfile(new UserKey(actorKey));
        return actor == null || actor.getFullName() == null ? i18n.getText(language, "outloud.wol.block.unknown-author") : actor.getFullName();
    }
}
