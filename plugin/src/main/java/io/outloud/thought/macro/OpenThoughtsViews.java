package io.outloud.thought.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.Keyset;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.web.SiteLinks;
import io.outloud.thought.ThoughtLinks;
import io.outloud.thought.ThoughtService;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Builds the list of the reader's open thoughts, the same for the macro and the personal page. */
public final class OpenThoughtsViews {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ThoughtService thoughts;
    private final I18nResolver i18n;
    private final SiteLinks links;

    public OpenThoughtsViews(ThoughtService thoughts, I18nResolver i18n, SiteLinks links) {
        this.thoughts = thoughts;
        this.i18n = i18n;
        this.links = links;
    }

    /** @param listed false where nothing personal may be written (a render that leaves the reader's page view) */
    public OpenThoughtsView build(boolean listed) {
        boolean signedIn = !thoughts.viewerKey().isEmpty();
        if (!signedIn || !listed) {
            return new OpenThoughtsView(signedIn, listed, List.of(), "", "");
        }
        // the first page, as large as a page gets; "Show more" fetches the rest from REST from the cursor of the next
        Page<ThoughtService.OpenThought> first = thoughts.mine(PageRequest.first(PageRequest.MAX_LIMIT));
        List<OpenThoughtsView.Item> items = first.items().stream().map(open -> new OpenThoughtsView.Item(
                links.href(ThoughtLinks.pathOf(open.thought().pageId(), open.thought().macroId())),
                open.pageTitle(),
                open.thought().question(),
                i18n.getText("outloud.thought.stage." + open.thought().stage().code()),
                ISO_DATE.format(open.thought().createdAt()),
                i18n.getText("outloud.thought.mine.feedback", open.feedback()),
                open.unanswered() > 0 ? i18n.getText("outloud.thought.mine.unanswered", open.unanswered()) : "",
                open.waiting() ? i18n.getText("outloud.thought.mine.waiting") : "",
                open.ripenBy() == null ? "" : i18n.getText("outloud.thought.ripen-by", open.ripenBy().toString())))
                .toList();
        return new OpenThoughtsView(true, true, items, links.href(io.outloud.notify.NoticeLinks.LIST_PATH),
                first.next().map(Keyset::toString).orElse(""));
    }
}
