package io.outloud.preview.http;

import io.outloud.preview.PreviewConfig;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.xss.XssChecks;
import io.outloud.preview.xss.XssPayloads;
import io.outloud.preview.xss.XssSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The raw HTML of the {@link XssSite} pages (payloads in every block and stream parameter, bodies and titles) and the
 * REST answers to payloads in every REST text field, judged without a browser's forgiveness: no payload verbatim in
 * HTML, no element or event handler made from user input, no script URL, REST answers never HTML.
 */
class XssPagesHttpTest {

    @TempDir
    static Path dataDir;
    private static PreviewServer server;
    private static XssSite site;

    @BeforeAll
    static void start() throws Exception {
        server = PreviewServer.start(PreviewConfig.forTest(dataDir));
        site = XssSite.create(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyPageCarryingPayloads_hasNoneOfThemAsMarkup() throws Exception {
        PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
        List<Long> pages = new ArrayList<>(site.blockPages);
        pages.addAll(site.titlePages);
        pages.add(site.streamPage);
        pages.add(site.askPage);
        List<String> failures = new ArrayList<>();
        for (long pageId : pages) {
            PreviewClient.Response page = alice.get("/pages/viewpage.action?pageId=" + pageId);
            assertEquals(200, page.statusCode(), "page " + pageId);
            XssChecks.check("page " + pageId, page.body(), site.payloads, failures);
        }
        XssChecks.check("answers page (askee)", new PreviewClient(server.baseUrl()).actAs("eva").get("/pages/viewpage.action?pageId=" + site.askPage).body(), site.payloads, failures);
        XssChecks.check("home", alice.get("/").body(), site.payloads, failures);
        XssChecks.check("home (anonymous)", new PreviewClient(server.baseUrl()).get("/").body(), site.payloads, failures);
        if (!failures.isEmpty()) {
            fail(failures.size() + " escaping failure(s):\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    @Test
    void blockPages_showEveryTextParameterAndBody_asText() throws Exception {
        PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
        int checked = 0;
        for (long pageId : site.blockPages) {
            Document html = Jsoup.parse(alice.get("/pages/viewpage.action?pageId=" + pageId).body());
            for (Element block : html.select("section[data-outloud-macro=working-out-loud][id^=outloud-block-xss-b-]")) {
                int id = Integer.parseInt(block.id().substring("outloud-block-xss-b-".length()));
                String expected = XssChecks.withoutFormatCharacters(site.payloads.get(id - 1).oneLine());
                for (String css : List.of(".outloud-block-working-on", ".outloud-block-learned", ".outloud-block-help", ".outloud-block-narration")) {
                    String text = XssChecks.withoutFormatCharacters(block.selectFirst(css).text());
                    assertTrue(text.contains(expected), () -> css + " of payload " + id + ": " + text + " lacks " + expected);
                }
                checked++;
            }
        }
        assertEquals(site.payloads.size(), checked, "every payload's block rendered");
    }

    @Test
    void restTextFields_answerJsonNeverHtml_andNeverFailWithAServerError() throws Exception {
        PreviewClient alice = new PreviewClient(server.baseUrl()).actAs("alice");
        long pageId = site.repliesPage;
        String block = "/rest/outloud/1.0/blocks/" + pageId + "/xss-r-0";
        List<String> failures = new ArrayList<>();
        for (XssPayloads.Payload p : site.payloads) {
            String json = PreviewClient.json(p.text());
            String encoded = URLEncoder.encode(p.text(), StandardCharsets.UTF_8).replace("+", "%20");
            List<PreviewClient.Response> answers = new ArrayList<>();
            PreviewClient.Response reply = alice.postJson(block + "/replies", "{\"text\":" + json + "}");
            answers.add(reply);
            if (reply.statusCode() != 201) {
                failures.add("reply " + p.id() + " answered " + reply.statusCode() + ": " + reply.body());
            }
            answers.add(alice.postJson(block + "/reactions", "{\"kind\":" + json + "}"));
            PreviewClient.Response offer = alice.postJson("/rest/outloud/1.0/blocks/" + site.helpPage + "/xss-h-" + p.id() + "/help", "{\"message\":" + json + "}");
            answers.add(offer);
            if (offer.statusCode() != 201) {
                failures.add("help offer " + p.id() + " answered " + offer.statusCode() + ": " + offer.body());
            }
            answers.add(alice.postJson("/rest/outloud/1.0/blocks/" + pageId + "/" + encoded + "/seen", ""));
            answers.add(alice.get("/rest/outloud/1.0/blocks/" + pageId + "/" + encoded + "/replies"));
            for (String filter : XssSite.STREAM_PARAMETERS) {
                answers.add(alice.get("/rest/outloud/1.0/stream?" + filter + "=" + encoded));
            }
            answers.add(alice.get("/rest/outloud/1.0/stream?before=" + encoded));
            answers.add(alice.postJson("/rest/outloud/1.0/share-requests", "{\"pageId\":" + site.helpPage + ",\"macroId\":\"xss-h-" + p.id()
                    + "\",\"topic\":" + json + "}"));
            answers.add(alice.postJson("/rest/outloud/1.0/share-requests", "{\"pageId\":" + site.helpPage + ",\"macroId\":" + json
                    + ",\"topic\":\"x\"}"));
            answers.add(alice.post("/rest/outloud/1.0/share-requests/" + encoded + "/decline", "application/json", ""));
            for (PreviewClient.Response answer : answers) {
                String type = answer.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (answer.statusCode() >= 500 || type.contains("html") || (!answer.body().isEmpty() && !type.startsWith("application/json") && !type.startsWith("text/plain"))) {
                    failures.add("payload " + p.id() + ": " + answer.statusCode() + " " + type + " " + answer.body());
                }
            }
        }
        // The author reads the offers' messages; the pages and the mail they are told by show them as text only.
        PreviewClient eva = new PreviewClient(server.baseUrl()).actAs("eva");
        PreviewClient.Response board = eva.get("/rest/outloud/1.0/blocks/" + site.helpPage + "/xss-h-1/help");
        assertTrue(board.header("Content-Type").orElse("").startsWith("application/json"), board.body());
        for (PreviewClient.Response requests : List.of(eva.get("/rest/outloud/1.0/share-requests/incoming"),
                alice.get("/rest/outloud/1.0/share-requests/outgoing"))) {
            assertEquals(200, requests.statusCode(), requests.body());
            assertTrue(requests.header("Content-Type").orElse("").startsWith("application/json"), requests.body());
            assertFalse(requests.body().contains("<"), "JSON escapes markup characters: " + requests.body());
        }
        List<String> pageFailures = new ArrayList<>();
        XssChecks.check("help page (author)", eva.get("/pages/viewpage.action?pageId=" + site.helpPage).body(), site.payloads, pageFailures);
        PreviewClient.Response outbox = eva.get("/outbox");
        if (outbox.statusCode() == 200) {
            for (Element frame : Jsoup.parse(outbox.body()).select("iframe")) {
                String mail = frame.attr("srcdoc");
                XssChecks.check("mail", mail.replace("<body>", "<body><main id=\"main-content\">").replace("</body>", "</main></body>"), site.payloads, pageFailures);
            }
        }
        // Mail carries inline styles of its own (mail clients need them); a payload's style would show up verbatim.
        pageFailures.removeIf(f -> f.startsWith("mail: attribute style on <blockquote style=\"white-space: pre-wrap\">"));
        assertEquals(List.of(), pageFailures);
        PreviewClient.Response list = alice.get(block + "/replies?limit=" + site.payloads.size());
        assertEquals(200, list.statusCode());
        assertTrue(list.header("Content-Type").orElse("").startsWith("application/json"));
        if (!failures.isEmpty()) {
            fail(failures.size() + " failure(s):\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }
}
