package io.outloud.preview.xss;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.PageRepository;

import io.outloud.wol.ShareTopic;
import io.outloud.wol.ao.AoShareRequestStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.outloud.preview.xss.XssPayloads.xmlText;

/**
 * Pages that carry every {@link XssPayloads#marked() payload} in every place a page gives a person for text: each
 * block parameter (status as an invalid value, working-on, learned, help-wanted, community, labels), the block body,
 * each stream parameter (space, label, community, department, person, status, limit) and the page title. Saved as
 * the editor saves (page event published), in the public team space, by Eva.
 *
 * <p>Macro ids: {@code xss-b-<id>} (the payload in every text parameter and the body), {@code xss-s-<id>} (the
 * payload as status), {@code xss-r-<n>} (blocks for replies), {@code xss-h-<id>} (stuck blocks for offers of help and
 * requests to share), {@code xss-a-<id>} (blocks answering requests), {@code xss-raw} (well-formed hostile markup as body).
 */
public final class XssSite {
    public static final String AUTHOR = "8a7f80a1-eva";
    public static final int PER_PAGE = 30;
    public static final int PER_TITLE = 4;
    public static final int REPLIES_PER_BLOCK = 20;
    public static final String STREAM_PARAMETERS[] = {"space", "label", "community", "department", "person", "status", "limit"};
    /** Well-formed hostile markup the sanitiser must defuse in a block body; each sets a marker 9xx when run. */
    public static final String RAW_BODY = "<p>Raw markup</p><img src=\"x\" alt=\"raw\" onerror=\"window.__xss=901\"/>"
            + "<a href=\"javascript:window.__xss=902\">raw link</a><svg onload=\"window.__xss=903\"/>"
            + "<script>window.__xss=904</script><details open=\"open\" ontoggle=\"window.__xss=905\">x</details>"
            + "<iframe srcdoc=\"&lt;script&gt;parent.__xss=906&lt;/script&gt;\"/><p style=\"width:expression(window.__xss=907)\">s</p>"
            + "<div onmouseover=\"window.__xss=908\">hover</div><object data=\"javascript:window.__xss=909\"/>";

    public final List<XssPayloads.Payload> payloads;
    /** Pages with blocks and streams, {@link #PER_PAGE} payloads each. */
    public final List<Long> blockPages = new ArrayList<>();
    /** Pages whose titles are payloads, {@link #PER_TITLE} each, with their payloads. */
    public final List<Long> titlePages = new ArrayList<>();
    public final List<String> titles = new ArrayList<>();
    public final long repliesPage;
    /** One stuck block per payload ({@code xss-h-<id>}), for offers of help with the payload as message. */
    public final long helpPage;
    public final long streamPage;
    /**
     * One block per payload ({@code xss-a-<id>}) answering a request to share whose topic is the payload (asked of Eva
     * by the other demo people in turn), and the requests macro: as an asker reads it, every answered topic is there.
     */
    public final long askPage;
    /** The topics of those requests, as the app keeps them (one line, at most 200 characters). */
    public final List<String> topics = new ArrayList<>();

    private final PreviewServer server;

    private XssSite(PreviewServer server) {
        this.server = server;
        this.payloads = XssPayloads.marked();
        for (int from = 0; from < payloads.size(); from += PER_PAGE) {
            List<XssPayloads.Payload> chunk = payloads.subList(from, Math.min(from + PER_PAGE, payloads.size()));
            blockPages.add(save("XSS blocks " + (from / PER_PAGE + 1), blocksAndStreams(chunk, from == 0)));
        }
        for (int from = 0; from < payloads.size(); from += PER_TITLE) {
            StringBuilder title = new StringBuilder("T" + (from / PER_TITLE + 1));
            for (XssPayloads.Payload p : payloads.subList(from, Math.min(from + PER_TITLE, payloads.size()))) {
                if (title.length() + 3 + p.text().length() > 255) {
                    break;
                }
                title.append(" | ").append(p.text());
            }
            titles.add(title.toString());
            titlePages.add(save(title.toString(), block("xss-t-" + from, "exploring", "Title page " + (from / PER_TITLE + 1), "", "", "", "", "<p>t</p>")));
        }
        StringBuilder replies = new StringBuilder("<p>Replies</p>");
        for (int b = 0; b * REPLIES_PER_BLOCK < payloads.size(); b++) {
            replies.append(block("xss-r-" + b, "in-progress", "Replies " + b, "", "", "", "", "<p>r</p>"));
        }
        repliesPage = save("XSS replies", replies.toString());
        StringBuilder help = new StringBuilder("<p>Help</p>");
        for (XssPayloads.Payload p : payloads) {
            help.append(block("xss-h-" + p.id(), "stuck", "Help " + p.id(), "", "", "", "", "<p>h</p>"));
        }
        helpPage = save("XSS help", help.toString());
        AoShareRequestStore requests = new AoShareRequestStore(server.hosts().activeObjects());
        StringBuilder answers = new StringBuilder("<p>Answers</p><ac:structured-macro ac:name=\"working-out-loud-requests\" ac:macro-id=\"xss-requests\"/>");
        for (XssPayloads.Payload p : payloads) {
            String topic = ShareTopic.validate(firstCodePoints(p.text(), ShareTopic.MAX_LENGTH));
            topics.add(topic);
            long request = requests.create(ASKERS.get(p.id() % ASKERS.size()), AUTHOR, topic, 0L, "", Instant.now()).orElseThrow().id();
            answers.append(block("xss-a-" + p.id(), "done", "Answer " + p.id(), "", "", "", "", "<p>a</p>")
                    .replace("<ac:rich-text-body>", "<ac:parameter ac:name=\"answers\">" + request + "</ac:parameter><ac:rich-text-body>"));
        }
        askPage = save("XSS answers", answers.toString());
        streamPage = save("XSS stream", "<ac:structured-macro ac:name=\"working-out-loud-stream\" ac:macro-id=\"xss-stream\">"
                + "<ac:parameter ac:name=\"limit\">50</ac:parameter></ac:structured-macro>");
    }

    /** Who asks Eva for the answered requests: everyone else in the demo, in turn. */
    public static final List<String> ASKERS = List.of("8a7f80a1-alice", "8a7f80a1-bruno", "8a7f80a1-chloe", "8a7f80a1-dirk", "8a7f80a1-farid");

    private static String firstCodePoints(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    public static XssSite create(PreviewServer server) {
        return new XssSite(server);
    }

    private String blocksAndStreams(List<XssPayloads.Payload> chunk, boolean withRaw) {
        StringBuilder storage = new StringBuilder("<p>Payloads in every parameter.</p>");
        if (withRaw) {
            storage.append(block("xss-raw", "stuck", "Raw body", "", "", "", "", RAW_BODY));
        }
        for (XssPayloads.Payload p : chunk) {
            String t = p.text();
            storage.append(block("xss-b-" + p.id(), "in-progress", t, t, t, t, t, "<p>" + xmlText(t) + "</p>"));
            storage.append(block("xss-s-" + p.id(), t, "status " + p.id(), "", "", "", "", "<p>s</p>"));
            for (String parameter : STREAM_PARAMETERS) {
                storage.append("<ac:structured-macro ac:name=\"working-out-loud-stream\" ac:macro-id=\"xss-q-").append(parameter).append('-').append(p.id())
                        .append("\"><ac:parameter ac:name=\"").append(parameter).append("\">").append(xmlText(t)).append("</ac:parameter></ac:structured-macro>");
            }
        }
        return storage.toString();
    }

    private static String block(String macroId, String status, String workingOn, String learned, String helpWanted, String community,
                                String labels, String bodyXhtml) {
        StringBuilder b = new StringBuilder("<ac:structured-macro ac:name=\"working-out-loud\" ac:macro-id=\"").append(macroId).append("\">");
        parameter(b, "status", status);
        parameter(b, "working-on", workingOn);
        parameter(b, "learned", learned);
        parameter(b, "help-wanted", helpWanted);
        parameter(b, "community", community);
        parameter(b, "labels", labels);
        return b.append("<ac:rich-text-body>").append(bodyXhtml).append("</ac:rich-text-body></ac:structured-macro>").toString();
    }

    private static void parameter(StringBuilder storage, String name, String value) {
        if (!value.isEmpty()) {
            storage.append("<ac:parameter ac:name=\"").append(name).append("\">").append(xmlText(value)).append("</ac:parameter>");
        }
    }

    private long save(String title, String storage) {
        PageRepository pages = server.hosts().pages();
        long id = pages.create(DemoContent.TEAM, title, storage, AUTHOR);
        server.hosts().events().publish(new PageCreateEvent(this, pages.asConfluencePage(id).orElseThrow()));
        return id;
    }
}
