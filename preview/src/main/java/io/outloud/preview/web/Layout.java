package io.outloud.preview.web;

import io.outloud.preview.html.Html;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.outloud.preview.host.PreviewI18nResolver;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.RequestContext;
import io.outloud.preview.host.UserDirectory;
import io.outloud.preview.plugin.PluginDescriptor;
import io.outloud.preview.plugin.WebFragments;
import io.outloud.preview.plugin.WebResources;

import javax.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Confluence-like page chrome with the real AUI: header with the app switcher of the preview (act as another
 * user, choose a language), breadcrumbs, page title, content, and the web resources the content required.
 */
public final class Layout {
    /**
     * AUI's prototyping build takes {@code AJS.contextPath} from the {@code window.AJS} the host defined before it
     * loads (Confluence does, from the ajs-context-path meta tag) and exports it read-only; without it plugin
     * scripts calling {@code AJS.contextPath()} throw.
     */
    private static final String AJS_CONTEXT_PATH = "<script>window.AJS = window.AJS || {}; AJS.contextPath = function () {"
            + " var meta = document.querySelector('meta[name=\"ajs-context-path\"]'); return meta ? meta.content : ''; };</script>\n";

    private final UserDirectory users;
    private final WebResources webResources;
    private final java.util.function.IntSupplier unreadNotices;
    private final WebFragments fragments;
    private final PreviewI18nResolver i18n;

    /**
     * @param unreadNotices the current person's unread entries in the app's own notification list
     * @param fragments     the plugin's web sections and items, for the user menu and the admin sidebar
     */
    public Layout(UserDirectory users, WebResources webResources, java.util.function.IntSupplier unreadNotices, WebFragments fragments,
                  PreviewI18nResolver i18n) {
        this.users = users;
        this.webResources = webResources;
        this.unreadNotices = unreadNotices;
        this.fragments = fragments;
        this.i18n = i18n;
    }

    public record Crumb(String label, String href) {
    }

    public String page(HttpServletRequest request, String title, List<Crumb> crumbs, String contentHtml, Meta meta) {
        Locale locale = RequestContext.current().locale();
        List<String> required = new ArrayList<>();
        required.add(WebResources.AUI);
        required.addAll(webResources.modulesInContexts(WebResources.PAGE_CONTEXTS));
        required.addAll(RequestContext.current().requiredResources());
        Theme theme = Theme.of(request);
        StringBuilder head = new StringBuilder(theme.headScript());
        for (String css : Theme.CSS) {
            head.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(css)).append("\">\n");
        }
        for (String url : webResources.urlsFor(required, locale)) {
            if (url.contains(".css")) {
                head.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(url)).append("\">\n");
            } else {
                if (url.endsWith("/aui-prototyping.js")) {
                    head.append(AJS_CONTEXT_PATH);
                }
                head.append("<script src=\"").append(Html.escape(url)).append("\"></script>\n");
            }
        }
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return """
                <!DOCTYPE html>
                <html lang="%s" class="aui-responsive"%s>
                <head>
                <meta charset="utf-8">
                <title>%s - Out Loud preview</title>
                <meta name="ajs-context-path" content="">
                <meta name="ajs-page-id" content="%s">
                <meta name="ajs-space-key" content="%s">
                <meta name="ajs-remote-user" content="%s">
                <meta name="ajs-remote-user-key" content="%s">
                <meta name="ajs-atl-token" content="%s">
                %s
                <style>
                  #header .aui-header-secondary { display: flex; align-items: center; }
                  #header form.aui.outloud-preview-switcher { display: flex; align-items: center; gap: 6px; color: var(--ds-text, #fff); flex-wrap: nowrap; margin: 0; }
                  form.aui.outloud-preview-inline { display: inline-block; margin: 0; }
                  a.outloud-preview-page { display: inline-block; min-height: 24px; line-height: 24px; }
                  .outloud-preview-person { display: inline-flex; align-items: center; gap: 8px; }
                  .outloud-preview-guides li { margin: 4px 0; }
                  .outloud-preview-guides form.aui.outloud-preview-inline { margin-left: 4px; }
                  /* On a phone the People table reads as one card per person: four columns do not fit 320 px. */
                  @media (max-width: 600px) {
                    #header form.aui.outloud-preview-switcher { flex-wrap: wrap; }
                    #header form.aui.outloud-preview-switcher select.select { width: auto; max-width: 100%%; }
                    html.aui-responsive body.aui-page-fixed .aui-page-panel-inner { padding-left: 12px; padding-right: 12px; }
                    table.aui.outloud-preview-people thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
                    table.aui.outloud-preview-people, table.aui.outloud-preview-people tbody,
                    table.aui.outloud-preview-people tr, table.aui.outloud-preview-people td { display: block; width: auto; }
                    table.aui.outloud-preview-people tr { padding: 8px 0; border-bottom: 1px solid var(--ds-border, #dfe1e6); }
                    table.aui.outloud-preview-people td { padding: 2px 0; border: 0; }
                    table.aui.outloud-preview-people td:empty { display: none; }
                  }
                  #header form.aui.outloud-preview-switcher select.select { width: 13em; max-width: 13em; }
                  #header form.aui.outloud-preview-theme select.select { width: 9em; max-width: 9em; }
                  #header .outloud-preview-switcher label { color: var(--ds-text, #fff); }
                  #header .outloud-preview-switcher .aui-button { background: var(--ds-background-neutral, #fff); color: var(--ds-text, #172b4d); }
                  #header .outloud-preview-switcher .aui-button:hover { background: var(--ds-background-neutral-hovered, #ebecf0); }
                  #header .aui-header-logo a { display: inline-block; min-height: 24px; line-height: 24px; }
                  #header .outloud-preview-header-links { display: flex; align-items: center; flex-wrap: wrap; gap: 4px 12px; margin-right: 12px; }
                  #header .outloud-preview-header-links a { color: var(--ds-text, #fff); text-decoration: underline; }
                  #header .outloud-preview-header-links .aui-dropdown2-trigger { background: var(--ds-background-neutral, #fff); color: var(--ds-text, #172b4d); }
                  #header .aui-header { flex-wrap: wrap; }
                  /* AUI's responsive header places the secondary part absolutely; with the user menu and the admin link it
                     would lie over the logo: it takes the room left beside the logo and wraps instead. */
                  #header .aui-header-secondary { position: static; flex: 1 1 0; min-width: 0; flex-wrap: wrap; row-gap: 4px; }
                </style>
                </head>
                <body class="aui-page-fixed">
                <div id="page">
                <header id="header" role="banner">
                  <nav class="aui-header" aria-label="Site">
                    <div class="aui-header-primary">
                      <span class="aui-header-logo aui-header-logo-textonly"><a href="/"><strong class="aui-header-logo-device">Out Loud preview</strong></a></span>
                    </div>
                    <div class="aui-header-secondary">%s</div>
                  </nav>
                </header>
                <main id="main-content" class="aui-page-panel">
                  <div class="aui-page-panel-inner">%s
                    <section class="aui-page-panel-content">
                      <nav aria-label="Breadcrumbs"><ol class="aui-nav aui-nav-breadcrumbs">%s</ol></nav>
                      <h1 id="title-text">%s</h1>
                      %s
                    </section>
                  </div>
                </main>
                </div>
                </body>
                </html>
                """.formatted(locale.getLanguage(), theme.htmlAttributes(), Html.escape(title), meta.pageId(), Html.escape(meta.spaceKey()),
                user == null ? "" : Html.escape(user.getName()), user == null ? "" : Html.escape(user.getKey().getStringValue()),
                Html.escape(FormTokens.token(request)), head,
                "<div class=\"outloud-preview-header-links\">" + adminLink(user) + noticesLink(user) + outboxLink(user) + userMenu(user, locale) + "</div>"
                        + switcher(request, user, locale) + themeSwitcher(request, theme),
                meta.admin() ? adminSidebar(user, locale) : "", breadcrumbs(crumbs), Html.escape(title), contentHtml);
    }

    /** @param admin whether the page is one of the administration console's (decorator {@code atl.admin}): it gets the admin sidebar */
    public record Meta(long pageId, String spaceKey, boolean admin) {
        public Meta(long pageId, String spaceKey) {
            this(pageId, spaceKey, false);
        }

        public static Meta none() {
            return new Meta(0, "");
        }

        public static Meta adminConsole() {
            return new Meta(0, "", true);
        }
    }

    /** The administration console's entry in the header, for site admins (Confluence's cog menu). */
    private String adminLink(ConfluenceUser user) {
        return user == null || !users.byKey(user.getKey().getStringValue()).map(PreviewUser::siteAdmin).orElse(false) ? ""
                : "<a id=\"admin-console-link\" href=\"/admin\">Administration</a>";
    }

    /**
     * The user menu as Confluence draws it: an AUI dropdown under the person's name with the sections at location
     * {@code system.user}; Confluence's own sections (profile, settings, log out) are not the preview's to draw, so it
     * holds the plugin's sections, each with its items, in weight order, as their conditions allow.
     */
    private String userMenu(ConfluenceUser user, Locale locale) {
        if (user == null) {
            return "";
        }
        StringBuilder sections = new StringBuilder();
        for (PluginDescriptor.WebSectionModule section : fragments.sections("system.user", user)) {
            List<PluginDescriptor.WebItemModule> items = fragments.items("system.user/" + section.key(), user);
            if (items.isEmpty()) {
                continue;
            }
            String headingId = "user-menu-" + Html.escape(section.key());
            sections.append("<div class=\"aui-dropdown2-section\"><div class=\"aui-dropdown2-heading\" id=\"").append(headingId)
                    .append("\"><strong>").append(Html.escape(label(locale, section.labelKey()))).append("</strong></div>")
                    .append("<ul class=\"aui-list-truncate\" aria-labelledby=\"").append(headingId).append("\">");
            for (PluginDescriptor.WebItemModule item : items) {
                sections.append("<li><a id=\"").append(Html.escape(item.linkId())).append("\" href=\"").append(Html.escape(item.link()))
                        .append("\">").append(Html.escape(label(locale, item.labelKey()))).append("</a></li>");
            }
            sections.append("</ul></div>");
        }
        if (sections.isEmpty()) {
            return "";
        }
        return "<button type=\"button\" id=\"user-menu-link\" class=\"aui-button aui-dropdown2-trigger\" aria-controls=\"user-menu-link-content\">"
                + Html.escape(user.getFullName()) + "</button>"
                + "<div id=\"user-menu-link-content\" class=\"aui-dropdown2 aui-style-default\">" + sections + "</div>";
    }

    /**
     * The administration console's sidebar: the preview's own entry, then the apps section (location
     * {@code system.admin/marketplace_confluence}, under UPM's "Manage apps" in Confluence) with the plugin's items.
     */
    private String adminSidebar(ConfluenceUser user, Locale locale) {
        StringBuilder apps = new StringBuilder();
        for (PluginDescriptor.WebItemModule item : fragments.items("system.admin/marketplace_confluence", user)) {
            apps.append("<li><a id=\"").append(Html.escape(item.linkId())).append("\" href=\"").append(Html.escape(item.link()))
                    .append("\">").append(Html.escape(label(locale, item.labelKey()))).append("</a></li>");
        }
        return """
                <div class="aui-page-panel-nav">
                  <nav class="aui-navgroup aui-navgroup-vertical" aria-label="Administration">
                    <div class="aui-navgroup-inner">
                      <div class="aui-nav-heading" id="admin-nav-configuration"><strong>Configuration</strong></div>
                      <ul class="aui-nav" aria-labelledby="admin-nav-configuration"><li><a href="/admin">General configuration</a></li></ul>
                      <div class="aui-nav-heading" id="admin-nav-apps"><strong>Manage apps</strong></div>
                      <ul class="aui-nav" aria-labelledby="admin-nav-apps">%s</ul>
                    </div>
                  </nav>
                </div>
                """.formatted(apps);
    }

    private String label(Locale locale, String key) {
        return i18n.getText(locale, key);
    }

    private String breadcrumbs(List<Crumb> crumbs) {
        StringBuilder out = new StringBuilder();
        for (Crumb crumb : crumbs) {
            out.append("<li>");
            if (crumb.href() == null) {
                out.append(Html.escape(crumb.label()));
            } else {
                out.append("<a href=\"").append(Html.escape(crumb.href())).append("\">").append(Html.escape(crumb.label())).append("</a>");
            }
            out.append("</li>");
        }
        return out.toString();
    }

    /**
     * The signed-in person's own notification list (the app's page; Confluence 9.x/10.x give apps no bell of theirs),
     * with the number of unread entries.
     */
    private String noticesLink(ConfluenceUser user) {
        if (user == null) {
            return "";
        }
        int unread = unreadNotices.getAsInt();
        String count = unread == 0 ? "" : " <span class=\"aui-badge outloud-preview-notices-count\">"
                + (unread >= 99 ? "99+" : String.valueOf(unread)) + "</span>";
        return "<a id=\"notices-link\" class=\"outloud-preview-notices\" href=\"/plugins/servlet/outloud/notifications\""
                + (unread == 0 ? "" : " aria-label=\"Notifications, " + unread + " unread\"") + ">Notifications" + count + "</a>";
    }

    /** The signed-in person's outbox: the mail Confluence would have sent them. */
    private static String outboxLink(ConfluenceUser user) {
        return user == null ? "" : "<a id=\"outbox-link\" class=\"outloud-preview-outbox\" href=\"/outbox\">Outbox</a>";
    }

    /** The preview's own controls: whom to act as, and in which language. Plain forms, usable by keyboard. */
    private String switcher(HttpServletRequest request, ConfluenceUser current, Locale locale) {
        StringBuilder options = new StringBuilder("<option value=\"\">Anonymous</option>");
        for (PreviewUser user : users.all()) {
            boolean selected = current != null && current.getKey().equals(user.getKey());
            options.append("<option value=\"").append(Html.escape(user.getName())).append('"').append(selected ? " selected" : "")
                    .append('>').append(Html.escape(user.getFullName())).append(" (").append(Html.escape(user.department())).append(")</option>");
        }
        StringBuilder languages = new StringBuilder();
        for (Locale language : PreviewI18nResolver.LANGUAGES) {
            languages.append("<option value=\"").append(language.getLanguage()).append('"')
                    .append(language.getLanguage().equals(locale.getLanguage()) ? " selected" : "").append('>')
                    .append(Html.escape(language.getDisplayLanguage(language))).append("</option>");
        }
        String back = returnPath(request);
        return """
                <form class="aui outloud-preview-switcher" method="post" action="/switch-user">
                  %s<input type="hidden" name="return" value="%s">
                  <label for="switch-user">Act as</label>
                  <select id="switch-user" name="username" class="select">%s</select>
                  <label for="switch-language">Language</label>
                  <select id="switch-language" name="language" class="select">%s</select>
                  <button type="submit" class="aui-button" id="switch-submit">Switch</button>
                </form>
                """.formatted(FormTokens.hiddenField(request), back, options, languages);
    }

    /** The theme as Confluence's user settings offer it (light, dark, match the system); a plain form, usable by keyboard. */
    private static String themeSwitcher(HttpServletRequest request, Theme current) {
        StringBuilder options = new StringBuilder();
        for (Theme theme : Theme.values()) {
            options.append("<option value=\"").append(theme.value()).append('"').append(theme == current ? " selected" : "")
                    .append('>').append(Html.escape(theme.label())).append("</option>");
        }
        return """
                <form class="aui outloud-preview-switcher outloud-preview-theme" method="post" action="/switch-theme">
                  %s<input type="hidden" name="return" value="%s">
                  <label for="switch-theme">Theme</label>
                  <select id="switch-theme" name="theme" class="select">%s</select>
                  <button type="submit" class="aui-button" id="switch-theme-submit">Apply</button>
                </form>
                """.formatted(FormTokens.hiddenField(request), returnPath(request), options);
    }

    private static String returnPath(HttpServletRequest request) {
        return Html.escape(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }
}
