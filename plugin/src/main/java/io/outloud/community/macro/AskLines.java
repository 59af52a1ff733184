package io.outloud.community.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.people.PersonLabels;
import io.outloud.community.CommunityLinks;
import io.outloud.community.CommunityService;
import io.outloud.common.web.SiteLinks;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How an ask of a community reads on the community (the stream draws its own, from wol.StreamAsks). */
public final class AskLines {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final I18nResolver i18n;
    private final SiteLinks links;
    private final PersonLabels labels;

    public AskLines(I18nResolver i18n, SiteLinks links) {
        this.i18n = i18n;
        this.links = links;
        this.labels = new PersonLabels(i18n::getText);
    }

    public AskLine line(CommunityService.AskItem ask) {
        String date = ISO_DATE.format(ask.ask().at());
        return new AskLine(ask.ask().id(), i18n.getText("outloud.community.ask.by", labels.name(ask.asker()), labels.department(ask.asker())),
                ask.ask().text(), date, date, ask.community().name(), links.href(CommunityLinks.pathOf(ask.community())), ask.removable(),
                i18n.getText("outloud.community.ask.remove-label", labels.name(ask.asker())));
    }
}
