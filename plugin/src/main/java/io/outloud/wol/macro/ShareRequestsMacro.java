package io.outloud.wol.macro;

import io.outloud.settings.AppMacro;
import io.outloud.settings.macro.MacroOff;
import io.outloud.common.macro.PersonLabels;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.macro.MacroTemplates;
import io.outloud.content.PageRef;
import io.outloud.host.SiteLinks;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.common.Keyset;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
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
 * Requests to share ({@code working-out-loud-requests}): for the person reading the page, the open requests to them
 * (who asked, about what, from which block; answer or decline) and what they asked others (and what came of it).
 * Each reader sees only their own requests; anonymous readers see a line asking them to sign in. Three lookups
 * whatever the number of requests: the two lists and the people in them (plus one view check per distinct page).
 */
public class ShareRequestsMacro implements Macro {
    static final String WEB_RESOURCE = "io.outloud.confluence:wol-requests";
    static final String TEMPLATE = "templates/wol/requests.html.vm";
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final ShareRequestService requests;
    private final PersonDirectory people;
    private final SiteLinks links;
    private final PersonLabels labels;

    private final MacroOff macroOff;

    public ShareRequestsMacro(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, ShareRequestService requests,
                              PersonDirectory people, ApplicationProperties application, MacroOff macroOff) {
        this.macroOff = macroOff;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.requests = requests;
        this.people = people;
        this.links = new SiteLinks(application);
        this.labels = new PersonLabels(i18n);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Optional<String> off = macroOff.render(AppMacro.SHARE_REQUESTS, body, context);
        if (off.isPresent()) {
            return off.get();
        }
        ShareRequestsView view;
        if (!"display".equals(context.getOutputType())) {
            // A mail, PDF or feed copy of the page is not read by the person it was rendered for: it lists no one's requests.
            view = new ShareRequestsView(false, List.of(), List.of()).elsewhere();
        } else if (requests.viewerKey().isEmpty()) {
            view = new ShareRequestsView(false, List.of(), List.of());
        } else {
            // the first page of each, as large as a page gets; "Show more" fetches the rest from REST from the cursor of the next
            Page<ShareRequestService.Listed> incomingPage = requests.incoming(PageRequest.first(PageRequest.MAX_LIMIT));
            Page<ShareRequestService.Listed> outgoingPage = requests.outgoing(PageRequest.first(PageRequest.MAX_LIMIT));
            List<ShareRequestService.Listed> incoming = incomingPage.items();
            List<ShareRequestService.Listed> outgoing = outgoingPage.items();
            Set<String> keys = new HashSet<>();
            incoming.forEach(l -> keys.add(l.request().askerKey()));
            outgoing.forEach(l -> keys.add(l.request().askeeKey()));
            Map<String, Person> found = people.cards(keys);
            view = new ShareRequestsView(true,
                    incoming.stream().map(l -> item(l, found.get(l.request().askerKey()))).toList(), cursor(incomingPage),
                    outgoing.stream().map(l -> item(l, found.get(l.request().askeeKey()))).toList(), cursor(outgoingPage));
        }
        return new MacroTemplates(renderer, pageBuilder, i18n).render(WEB_RESOURCE, TEMPLATE, "requests", view);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
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
