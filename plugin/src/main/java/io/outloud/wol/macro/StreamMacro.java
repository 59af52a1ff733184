package io.outloud.wol.macro;

import io.outloud.people.AuthorView;
import io.outloud.people.PersonLabels;
import io.outloud.settings.AppMacro;
import io.outloud.host.MacroOff;
import java.util.Optional;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.common.macro.MacroTemplates;
import io.outloud.common.web.SiteLinks;
import io.outloud.wol.ShareRequestService;
import io.outloud.wol.StreamAsks;
import io.outloud.wol.StreamItem;
import io.outloud.wol.StreamPage;
import io.outloud.wol.StreamRequest;
import io.outloud.wol.StreamService;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The working-out-loud stream ({@code working-out-loud-stream}): recent blocks across the site or a space, newest
 * first, filtered by the macro's parameters (space, with "@self" for the page's own space; label; community;
 * department and person of the author; status; {@code filter=following}: only what the reader follows). The first page is rendered here; "more" loads the next pages from
 * the stream REST resource. Statements per render: the stream's batch queries and one page check per distinct page.
 */
public class StreamMacro implements Macro {
    static final String WEB_RESOURCE = "io.outloud.confluence:wol-stream";
    static final String TEMPLATE = "templates/wol/stream.html.vm";
    static final String CURRENT_SPACE = "@self";
    static final int ASKS_SHOWN = 3;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final StreamService stream;
    private final ShareRequestService shareRequests;
    private final SiteLinks links;
    private final PersonLabels labels;
    private final StreamAsks asks;

    private final MacroOff macroOff;
    private final Viewer viewer;

    public StreamMacro(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n, StreamService stream,
                       ShareRequestService shareRequests, StreamAsks asks, ApplicationProperties application, MacroOff macroOff,
                       Viewer viewer) {
        this.macroOff = macroOff;
        this.viewer = viewer;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.stream = stream;
        this.shareRequests = shareRequests;
        this.links = new SiteLinks(application);
        this.labels = new PersonLabels(i18n::getText);
        this.asks = asks;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Optional<String> off = macroOff.render(AppMacro.STREAM, body, context);
        if (off.isPresent()) {
            return off.get();
        }
        String space = parameters.getOrDefault("space", "").trim();
        if (CURRENT_SPACE.equalsIgnoreCase(space)) {
            space = context.getSpaceKey() == null ? "" : context.getSpaceKey();
        }
        int limit = limit(parameters.getOrDefault("limit", ""));
        String label = parameters.getOrDefault("label", "").trim();
        String community = parameters.getOrDefault("community", "").trim();
        String department = parameters.getOrDefault("department", "").trim();
        String person = parameters.getOrDefault("person", "").trim();
        String status = parameters.getOrDefault("status", "").trim();
        String filter = parameters.getOrDefault("filter", "").trim();
        StreamPage page;
        try {
            page = stream.page(new StreamRequest(space, label, community, department, person, status, null, limit, StreamService.following(filter)));
        } catch (OutloudException e) {
            throw new MacroExecutionException(i18n.getText(e.messageKey(), e.arguments()));
        }
        List<StreamItemView> items = new ArrayList<>();
        for (StreamItem item : page.items()) {
            items.add(item(item));
        }
        StreamView view = new StreamView(items, page.more() ? page.next().toString() : "", space, label, community, department,
                person, status, limit, filter.toLowerCase(java.util.Locale.ROOT));
        view.followingSwitch = viewer.userKey().isPresent() && label.isEmpty() && community.isEmpty() && person.isEmpty();
        // Asks of the reader's communities come first: they ask for help now. One query, for the reader alone.
        view.asks = asks.forReader(ASKS_SHOWN).stream().map(this::askLine).toList();

        return new MacroTemplates(renderer, pageBuilder, i18n).render(WEB_RESOURCE, TEMPLATE, "stream", view);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    private int limit(String value) throws MacroExecutionException {
        if (value.isBlank()) {
            return StreamService.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new MacroExecutionException(i18n.getText("outloud.wol.stream.error.limit", 1, StreamService.MAX_LIMIT));
        }
    }

    private StreamItemView item(StreamItem item) {
        AuthorView author = labels.author(item.author(), item.block().createdAt());
        String status = item.block().shownStatusCode();
        String askLabel = shareRequests.mayAsk(item.block().authorKey()) ? i18n.getText("outloud.wol.ask.toggle", author.getName()) : "";
        return new StreamItemView(links.href(item.path()), item.pageTitle(), item.workingOn(), status,
                i18n.getText("outloud.wol.status." + status), StatusLozenge.of(status), author)
                .withAsk(item.block().pageId(), item.block().macroId(), askLabel);
    }

    private StreamAskLine askLine(StreamAsks.Ask ask) {
        return new StreamAskLine(i18n.getText("outloud.community.ask.by", labels.name(ask.asker()), labels.department(ask.asker())), ask.text(),
                ISO_DATE.format(ask.at()), ask.communityName(), links.href(ask.communityPath()));
    }

}
