package io.outloud.rhythm.job;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import io.outloud.common.text.HtmlWriter;
import io.outloud.notify.Mailer;
import io.outloud.rhythm.DigestEntry;
import io.outloud.rhythm.RhythmLinks;
import io.outloud.rhythm.RhythmMail;
import io.outloud.rhythm.WeeklyDigest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The rhythm's mails in the recipient's language (SAL's locale for them, never a request's), every value escaped,
 * links at the site's base URL, sent through the host's mail path.
 */
public class RhythmMails implements RhythmMail {
    private static final String PREFIX = "outloud.rhythm.mail.";

    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final ApplicationProperties application;
    private final Mailer mailer;

    public RhythmMails(I18nResolver i18n, LocaleResolver locales, ApplicationProperties application, Mailer mailer) {
        this.i18n = i18n;
        this.locales = locales;
        this.application = application;
        this.mailer = mailer;
    }

    @Override
    public void weekly(String userKey, WeeklyDigest digest) {
        Locale language = locales.getLocale(new UserKey(userKey));
        StringBuilder html = new StringBuilder(paragraph(text(language, "weekly.intro")));
        section(html, language, "weekly.followed", digest.followed());
        section(html, language, "weekly.stuck", digest.stuck());
        section(html, language, "weekly.feedback", digest.feedback());
        section(html, language, "weekly.asks", digest.asks(), "entry.ask");
        section(html, language, "weekly.held", digest.held());
        mailer.send(userKey, text(language, "weekly.subject"), footer(html, language));
    }

    @Override
    public void daily(String userKey, List<DigestEntry> notices) {
        Locale language = locales.getLocale(new UserKey(userKey));
        StringBuilder html = new StringBuilder(paragraph(text(language, "daily.intro")));
        section(html, language, "daily.notices", notices);
        mailer.send(userKey, text(language, "daily.subject"), footer(html, language));
    }

    @Override
    public void nudge(String userKey, String path) {
        Locale language = locales.getLocale(new UserKey(userKey));
        StringBuilder html = new StringBuilder(paragraph(text(language, "nudge.body")));
        html.append("<p>").append(link(path, text(language, "nudge.link"))).append("</p>");
        mailer.send(userKey, text(language, "nudge.subject"), footer(html, language));
    }

    /** A heading and its entries as a list; nothing at all for a section without entries. */
    private void section(StringBuilder html, Locale language, String key, List<DigestEntry> entries) {
        section(html, language, key, entries, "entry");
    }

    private void section(StringBuilder html, Locale language, String key, List<DigestEntry> entries, String entryKey) {
        if (entries.isEmpty()) {
            return;
        }
        html.append("<h2 style=\"font-size:16px\">").append(HtmlWriter.escape(text(language, key))).append("</h2><ul>");
        for (DigestEntry entry : entries) {
            String line = entry.who().isEmpty() ? entry.title() : text(language, entryKey, entry.who(), entry.title());
            if (entry.count() > 0) {
                line = text(language, "entry.feedback", entry.title(), entry.count());
            }
            html.append("<li>").append(link(entry.path(), line));
            if (!entry.text().isEmpty()) {
                html.append("<br>").append(HtmlWriter.escape(entry.text()));
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    private String footer(StringBuilder html, Locale language) {
        return html.append("<p>").append(link(RhythmLinks.PREFERENCES_PATH, text(language, "footer"))).append("</p>").toString();
    }

    private String link(String path, String words) {
        return "<a href=\"" + HtmlWriter.escape(application.getBaseUrl(UrlMode.CANONICAL) + path) + "\">" + HtmlWriter.escape(words) + "</a>";
    }

    private static String paragraph(String text) {
        return "<p>" + HtmlWriter.escape(text) + "</p>";
    }

    private String text(Locale language, String key, Serializable... arguments) {
        return i18n.getText(language, PREFIX + key, arguments);
    }
}
