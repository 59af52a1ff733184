package io.outloud.spacetools.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.web.ServletPages;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.common.web.SiteLinks;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.settings.MacroChoice;
import io.outloud.settings.SpaceMacros;
import io.outloud.spacetools.ModerationRecord;
import io.outloud.spacetools.SpaceItem;
import io.outloud.spacetools.SpaceTools;
import io.outloud.thought.Feedback;
import io.outloud.wol.Reply;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Out Loud in a space's tools ({@code ?key=SPACE}, linked from the space tools' Integrations section), for the space's
 * admins only: which of the app's macros the space uses (saved by its script through the space macros REST resource),
 * the space's blocks and thoughts with their state, newest first, 50 a page ({@code &blocks=} / {@code &thoughts=} cursors),
 * the replies or feedback of one of them ({@code &block=} / {@code &thought=} "pageId/macroId") with a button that
 * removes each (through the space tools REST resource), and the moderation record. Every use case checks again; everyone
 * else gets 403 (401 when not signed in).
 */
@LicensedOnly
public class SpaceToolsServlet extends HttpServlet {
    static final String WEB_RESOURCE = "io.outloud.confluence:space-tools-resources";
    static final String TEMPLATE = "templates/spacetools/space.html.vm";
    public static final String PATH = "/plugins/servlet/outloud/space-tools";
    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final transient SpaceMacros macros;
    private final transient SpaceTools tools;
    private final transient PageAccess pages;
    private final transient PersonDirectory people;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;
    private final transient SiteLinks links;

    public SpaceToolsServlet(SpaceMacros macros, SpaceTools tools, PageAccess pages, PersonDirectory people, TemplateRenderer renderer,
                             PageBuilderService pageBuilder, I18nResolver i18n, ApplicationProperties applicationProperties) {
        this.macros = macros;
        this.tools = tools;
        this.pages = pages;
        this.people = people;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.links = new SiteLinks(applicationProperties);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String spaceKey = request.getParameter("key");
        SpaceToolsView view;
        try {
            view = view(spaceKey, request);
        } catch (OutloudException refusal) {
            ServletPages.refuse(response, refusal, i18n);
            return;
        }
        ServletPages.write(response, renderer, pageBuilder, i18n, WEB_RESOURCE, TEMPLATE, "space", view);
    }

    private SpaceToolsView view(String spaceKey, HttpServletRequest request) {
        List<MacroChoice> choices = macros.forSpaceAdmin(spaceKey); // the space's admins only: everything below checks again
        List<SpaceToolsView.MacroRow> rows = new ArrayList<>();
        for (MacroChoice choice : choices) {
            String defaultLabel = i18n.getText(choice.siteDefaultOn() ? "outloud.space.tools.choice.default-on" : "outloud.space.tools.choice.default-off");
            rows.add(new SpaceToolsView.MacroRow(choice.macro().macroName(), i18n.getText(choice.macro().labelKey()), defaultLabel,
                    choice.choice().code()));
        }
        Page<SpaceItem> blocks = tools.blocks(spaceKey, PageRequest.of(request.getParameter("blocks"), PAGE_SIZE));
        Page<SpaceItem> thoughts = tools.thoughts(spaceKey, PageRequest.of(request.getParameter("thoughts"), PAGE_SIZE));
        Page<ModerationRecord> records = tools.record(spaceKey, PageRequest.of(request.getParameter("records"), PAGE_SIZE));
        Set<String> keys = new HashSet<>();
        blocks.items().forEach(i -> keys.add(i.authorKey()));
        thoughts.items().forEach(i -> keys.add(i.authorKey()));
        records.items().forEach(r -> {
            keys.add(r.moderatorKey());
            keys.add(r.authorKey());
        });
        SpaceToolsView.Discussion discussion = discussion(spaceKey, request, keys);
        Map<String, Person> names = keys.isEmpty() ? Map.of() : people.cards(without(keys, ""));
        Map<Long, String> titles = new HashMap<>();
        String base = PATH + "?key=" + url(spaceKey);
        SpaceToolsView.Section blockSection = new SpaceToolsView.Section("blocks", i18n.getText("outloud.space.tools.blocks"),
                i18n.getText("outloud.space.tools.blocks.none"), i18n.getText("outloud.space.tools.moderate.blocks"),
                rows(blocks, names, titles, "block", "outloud.wol.status.", "outloud-block-"), more(blocks, base + "&blocks="));
        SpaceToolsView.Section thoughtSection = new SpaceToolsView.Section("thoughts", i18n.getText("outloud.space.tools.thoughts"),
                i18n.getText("outloud.space.tools.thoughts.none"), i18n.getText("outloud.space.tools.moderate.thoughts"),
                rows(thoughts, names, titles, "thought", "outloud.thought.stage.", "outloud-thought-"), more(thoughts, base + "&thoughts="));
        List<SpaceToolsView.RecordRow> recordRows = new ArrayList<>();
        for (ModerationRecord record : records.items()) {
            String whose = record.authorKey().isEmpty() ? i18n.getText("outloud.space.tools.record.unnamed") : name(names, record.authorKey());
            recordRows.add(new SpaceToolsView.RecordRow(i18n.getText("outloud.space.tools.record." + record.kind().code(), name(names, record.moderatorKey()),
                    whose, title(titles, record.pageId())), DATE.format(record.at())));
        }
        return new SpaceToolsView(spaceKey, rows, blockSection, thoughtSection, discussion == null ? null : named(discussion, names),
                recordRows, more(records, base + "&records="));
    }

    /** The replies or feedback of the block or thought the request names; their authors' keys are added to {@code keys}. */
    private SpaceToolsView.Discussion discussion(String spaceKey, HttpServletRequest request, Set<String> keys) {
        String rest = "/rest/outloud/1.0/spaces/" + url(spaceKey);
        String block = request.getParameter("block");
        String thought = request.getParameter("thought");
        String[] target = split(block != null ? block : thought);
        if (target == null) {
            return null;
        }
        long pageId = Long.parseLong(target[0]);
        List<SpaceToolsView.Entry> entries = new ArrayList<>();
        if (block != null) {
            for (Reply reply : tools.replies(spaceKey, pageId, target[1], 0, PAGE_SIZE)) {
                keys.add(reply.authorKey());
                entries.add(new SpaceToolsView.Entry(reply.authorKey(), reply.text(), DATE.format(reply.createdAt()),
                        links.href(rest + "/replies/" + reply.id())));
            }
            return new SpaceToolsView.Discussion(i18n.getText("outloud.space.tools.replies", title(new HashMap<>(), pageId)), entries);
        }
        for (Feedback piece : tools.feedback(spaceKey, pageId, target[1], PageRequest.first(PAGE_SIZE)).items()) {
            keys.add(piece.giverKey());
            String text = i18n.getText("outloud.thought.kind." + piece.kind().code()) + (piece.text().isEmpty() ? "" : ": " + piece.text());
            entries.add(new SpaceToolsView.Entry(piece.giverKey(), text, DATE.format(piece.createdAt()),
                    links.href(rest + "/feedback/" + piece.id())));
        }
        return new SpaceToolsView.Discussion(i18n.getText("outloud.space.tools.feedback", title(new HashMap<>(), pageId)), entries);
    }

    private SpaceToolsView.Discussion named(SpaceToolsView.Discussion discussion, Map<String, Person> names) {
        List<SpaceToolsView.Entry> entries = discussion.getEntries().stream()
                .map(e -> new SpaceToolsView.Entry(e.getAuthor().isEmpty() ? i18n.getText("outloud.space.tools.record.unnamed") : name(names, e.getAuthor()),
                        e.getText(), e.getDate(), e.getRemoveUrl())).toList();
        return new SpaceToolsView.Discussion(discussion.getHeading(), entries);
    }

    private String more(Page<?> page, String base) {
        return page.next().map(n -> links.href(base + n)).orElse("");
    }

    private List<SpaceToolsView.ItemRow> rows(Page<SpaceItem> page, Map<String, Person> names, Map<Long, String> titles, String kind,
                                              String stateKeyPrefix, String anchor) {
        List<SpaceToolsView.ItemRow> rows = new ArrayList<>();
        for (SpaceItem item : page.items()) {
            String state = i18n.getText(stateKeyPrefix + item.state().toLowerCase(Locale.ROOT).replace('_', '-'))
                    + (item.trashed() ? " (" + i18n.getText("outloud.space.tools.trashed") + ")" : "");
            rows.add(new SpaceToolsView.ItemRow(title(titles, item.pageId()),
                    links.href("/pages/viewpage.action?pageId=" + item.pageId() + "#" + anchor + item.macroId()), name(names, item.authorKey()),
                    state, DATE.format(item.createdAt()), links.href(PATH + "?key=" + url(item.spaceKey()) + "&" + kind + "=" + item.pageId() + "/"
                    + url(item.macroId()))));
        }
        return rows;
    }

    private String title(Map<Long, String> titles, long pageId) {
        return titles.computeIfAbsent(pageId, id -> pages.viewablePage(id).map(PageRef::title).orElse(i18n.getText("outloud.space.tools.no-page")));
    }

    private String name(Map<String, Person> names, String key) {
        Person person = names.get(key);
        return person != null && person.isKnown() ? person.displayName() : i18n.getText("outloud.wol.block.unknown-author");
    }

    private static String[] split(String target) {
        if (target == null) {
            return null;
        }
        String[] parts = target.split("/", 2);
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
            throw OutloudException.notFound();
        }
        return parts;
    }

    private static Collection<String> without(Set<String> keys, String empty) {
        Set<String> copy = new HashSet<>(keys);
        copy.remove(empty);
        return copy;
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
