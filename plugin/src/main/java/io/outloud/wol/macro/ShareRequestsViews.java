package io.outloud.wol.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.Keyset;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.people.PersonLabels;
import io.outloud.content.PageRef;
import io.outloud.common.web.SiteLinks;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.wol.ShareRequest;
import io.outloud.wol.ShareRequestService;
import io.outloud.wol.StreamItem;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reader's requests to share as the macro and the personal page show them: the first page of each list, as large
 * as a page gets ("Show more" fetches the rest from REST from the cursor of the next). Three lookups whatever the
 * number of requests: the two lists and the people in them (plus one view check per distinct page).
 */
public final class ShareRequestsViews {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final I18nResolver i18n;
    private final ShareRequestService requests;
    private final PersonDirectory people;
    private final SiteLinks links;
    private final PersonLabels labels;

    public ShareRequestsViews(I18nResolver i18n, ShareRequestService requests, PersonDirectory people, SiteLinks links) {
        this.i18n = i18n;
        this.requests = requests;
        this.people = people;
        this.links = links;
        this.labels = new PersonLabels(i18n::getText);
    }

    /** The reader's requests, or a view that asks an anonymous reader to sign in. */
    public ShareRequestsView build() {
        if (requests.viewerKey().isEmpty()) {
            return new ShareRequestsView(false, List.of(), List.of());
        }
        Page<ShareRequestService.Listed> incomingPage = requests.incoming(PageRequest.first(PageRequest.MAX_LIMIT));
        Page<ShareRequestService.Listed> outgoingPage = requests.outgoing(PageRequest.first(PageRequest.MAX_LIMIT));
        List<ShareRequestService.Listed> incoming = incomingPage.items();
        List<ShareRequestService.Listed> outgoing = outgoingPage.items();
        Set<String> keys = new HashSet<>();
        incoming.forEach(l -> keys.add(l.request().askerKey()));
        outgoing.forEach(l -> keys.add(l.request().askeeKey()));
        Map<String, Person> found = people.cards(keys);
        return new ShareRequestsView(true,
                incoming.stream().map(l -> item(l, found.get(l.request().askerKey()))).toList(), cursor(incomingPage),
                outgoing.stream().map(l -> item(l, found.get(l.request().askeeKey()))).toList(), cursor(outgoingPage));
    }

    private ShareRequestItemView item(ShareRequestService.Listed listed, Person person) {
        ShareRequest request = listed.request();
        return new ShareRequestItemView(request.id(), request.topic(), labels.name(person), labels.avatarUrl(person),
                labels.department(person), ISO_DATE.format(request.createdAt()),
                request.state().code(), i18n.getText("outloud.wol.ask.state." + request.state().code()),
                title(listed.askedOn()), path(listed.askedOn(), request.macroId()),
                title(listed.answeredOn()), path(listed.answeredOn(), request.answerMacroId()),
                i18n.getText("outloud.wol.ask.answer-how", String.valueOf(request.id())), ShareRequest.answerMarkup(request.id()));
    }

    private static String cursor(Page<?> page) {
        return page.next().map(Keyset::toString).orElse("");
    }

    private static String title(Optional<PageRef> page) {
        return page.map(PageRef::title).orElse("");
    }

    private String path(Optional<PageRef> page, String macroId) {
        return page.map(p -> links.href(StreamItem.pathOf(p.id(), macroId))).orElse("");
    }
}
