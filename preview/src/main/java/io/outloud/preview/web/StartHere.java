package io.outloud.preview.web;

import io.outloud.preview.demo.DemoCommunities;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.demo.DemoThoughts;
import io.outloud.preview.host.PageRepository;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.UserDirectory;
import io.outloud.preview.html.Html;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;

/**
 * The home page's "Start here": one line per guide of the README, saying whom to act as and where to go, with a button
 * that switches to that person and opens the place (the switcher's own form, so the language chosen stays).
 */
final class StartHere {
    private record Guide(String id, String title, String username, String what, Optional<String> place) {
    }

    private final PageRepository pages;
    private final UserDirectory users;

    StartHere(PageRepository pages, UserDirectory users) {
        this.pages = pages;
        this.users = users;
    }

    String html(HttpServletRequest request) {
        StringBuilder out = new StringBuilder("<section class=\"outloud-preview-start\" aria-labelledby=\"start-here\">")
                .append("<h2 id=\"start-here\">Start here</h2><p>Each guide of the README, with the person to act as. ")
                .append("The button switches to that person and opens the place.</p><ul class=\"outloud-preview-guides\">");
        for (Guide guide : guides()) {
            Optional<PreviewUser> person = users.byUsername(guide.username());
            if (person.isEmpty() || guide.place().isEmpty()) {
                continue; // the demo content was removed (a space gone, a page purged): nothing to point at
            }
            out.append("<li id=\"guide-").append(guide.id()).append("\"><strong>").append(Html.escape(guide.title())).append("</strong>: ")
                    .append(Html.escape(guide.what())).append(" <form class=\"aui outloud-preview-inline\" method=\"post\" action=\"/switch-user\">")
                    .append(FormTokens.hiddenField(request))
                    .append("<input type=\"hidden\" name=\"username\" value=\"").append(Html.escape(guide.username())).append("\">")
                    .append("<input type=\"hidden\" name=\"return\" value=\"").append(Html.escape(guide.place().get())).append("\">")
                    .append(language(request))
                    .append("<button class=\"aui-button\" type=\"submit\">Act as ").append(Html.escape(person.get().getFullName()))
                    .append("</button></form></li>");
        }
        return out.append("</ul></section>").toString();
    }

    private List<Guide> guides() {
        return List.of(
                new Guide("working-out-loud", "Working out loud", "farid",
                        "your block is stuck and Bruno offered help; Eva asked you to share how the export works (see Requests to share).",
                        page(DemoContent.WELCOME)),
                new Guide("reacting", "Reading and reacting", "bruno",
                        "react to colleagues' blocks with one click, reply, or ask Chloé to share more.", page(DemoContent.WELCOME)),
                new Guide("thoughts", "Half-finished thoughts", "eva",
                        "your thought on a four-day week has feedback, one of it unnamed: take in what helps.", page(DemoThoughts.THOUGHTS)),
                new Guide("communities", "Communities", "dirk",
                        "you lead the Onboarding circle, and Bruno asked to join it.", page(DemoCommunities.ONBOARDING)),
                new Guide("space-admin", "Space administration", "eva",
                        "you administer the Team space: switch a macro off there, or remove a reply that breaks the rules.",
                        Optional.of("/spaces/spacetools.action?key=" + DemoContent.TEAM)),
                new Guide("site-admin", "Site administration", "admin",
                        "set the privacy rules and departments, or download and erase a person's data.",
                        Optional.of("/plugins/servlet/outloud/admin")));
    }

    private Optional<String> page(String title) {
        return pages.findByTitle(DemoContent.TEAM, title).map(p -> "/pages/viewpage.action?pageId=" + p.id());
    }

    private static String language(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(RequestFilter.SESSION_LOCALE);
        return chosen == null ? "" : "<input type=\"hidden\" name=\"language\" value=\"" + Html.escape(chosen.toString()) + "\">";
    }
}
