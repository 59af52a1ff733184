package io.outloud.preview.http;

import io.outloud.preview.xss.XssChecks;
import io.outloud.preview.xss.XssPayloads;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@link XssPayloads#marked() payload} in every place a thought takes text from a person: the question, the
 * body, the stage and community parameters, the title of its page, and feedback (its text, then the mail that thanks
 * its giver). The raw HTML of the pages, of the personal list of open thoughts and of the mails is judged as
 * {@link XssPagesHttpTest} judges it: no payload verbatim, no element or event handler made from input, no script URL;
 * REST answers are JSON, never HTML.
 */
class ThoughtXssHttpTest extends ThoughtHttpSupport {
    private static final int PER_PAGE = 30;
    private static final int PER_TITLE = 4;
    private static final String FEEDBACK_THOUGHT = "xss-feedback";

    private static List<XssPayloads.Payload> payloads;
    /** Eva's thoughts, one per payload as question and body ({@code xss-q-<id>}). */
    private static final List<Long> questionPages = new ArrayList<>();
    /** Farid's thoughts with the payload as stage ({@code xss-s-<id>}) and as community ({@code xss-c-<id>}). */
    private static final List<Long> parameterPages = new ArrayList<>();
    /** Eva's thoughts without a question on pages whose titles are payloads, {@link #PER_TITLE} each. */
    private static final List<Long> titlePages = new ArrayList<>();
    private static final List<String> titles = new ArrayList<>();
    private static long feedbackPage;

    @BeforeAll
    static void payloadsEverywhere() {
        payloads = XssPayloads.marked();
        for (int from = 0; from < payloads.size(); from += PER_PAGE) {
            StringBuilder questions = new StringBuilder("<p>Questions.</p>");
            StringBuilder parameters = new StringBuilder("<p>Parameters.</p>");
            for (XssPayloads.Payload p : payloads.subList(from, Math.min(from + PER_PAGE, payloads.size()))) {
                questions.append(thought("xss-q-" + p.id(), "<p>" + XssPayloads.xmlText(p.text()) + "</p>", "question", p.text(),
                        "anonymous-feedback", "true"));
                parameters.append(thought("xss-s-" + p.id(), "<p>s</p>", "stage", p.text()));
                parameters.append(thought("xss-c-" + p.id(), "<p>c</p>", "feedback-from", "community", "community", p.text()));
            }
            questionPages.add(savePage("XSS questions " + (from / PER_PAGE + 1), questions.toString(), "8a7f80a1-eva"));
            parameterPages.add(savePage("XSS parameters " + (from / PER_PAGE + 1), parameters.toString(), "8a7f80a1-farid"));
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
            titlePages.add(savePage(title.toString(), thought("xss-t-" + from, "<p>t</p>"), "8a7f80a1-eva"));
        }
        feedbackPage = savePage("XSS feedback", thought(FEEDBACK_THOUGHT, "<p>Say anything.</p>", "anonymous-feedback", "true"),
                "8a7f80a1-chloe");
    }

    @Test
    void pagesWithPayloadsInEveryParameter_haveNoneOfThemAsMarkup_andShowTheQuestionsAsText() throws Exception {
        List<String> failures = new ArrayList<>();
        int shown = 0;
        for (String reader : List.of("alice", "eva", "")) {
            PreviewClient client = reader.isEmpty() ? anonymous() : as(reader);
            for (long pageId : questionPages) {
                String html = view(client, pageId);
                XssChecks.check(reader + " on page " + pageId, html, payloads, failures);
                Document document = Jsoup.parse(html);
                for (Element card : document.select("section[data-outloud-macro=half-finished-thought][data-macro-id^=xss-q-]")) {
                    XssPayloads.Payload p = payloads.get(Integer.parseInt(card.attr("data-macro-id").substring("xss-q-".length())) - 1);
                    String question = XssChecks.withoutFormatCharacters(card.selectFirst(".outloud-thought-question").text());
                    if (!question.contains(XssChecks.withoutFormatCharacters(p.oneLine()))) {
                        failures.add(reader + ": question of payload " + p.id() + " reads " + question);
                    }
                    if (!XssChecks.withoutFormatCharacters(card.selectFirst(".outloud-thought-body").text()).contains(XssChecks.withoutFormatCharacters(p.oneLine()))) {
                        failures.add(reader + ": body of payload " + p.id() + " reads " + card.selectFirst(".outloud-thought-body").text());
                    }
                    shown++;
                }
            }
            for (long pageId : parameterPages) {
                String html = view(client, pageId);
                XssChecks.check(reader + " on parameters page " + pageId, html, payloads, failures);
                for (Element card : Jsoup.parse(html).select("section[data-outloud-macro=half-finished-thought]")) {
                    if (card.select(".outloud-thought-errors li").isEmpty() || card.selectFirst(".outloud-feedback-form") != null) {
                        failures.add(reader + ": a thought with a bad stage or community on page " + pageId + " does not say so, or takes feedback");
                    }
                }
            }
            for (long pageId : titlePages) {
                XssChecks.check(reader + " on title page " + pageId, view(client, pageId), payloads, failures);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " escaping failure(s):\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
        assertEquals(3 * fitting(), shown, "every payload that fits a question rendered, for each reader");
    }

    /** A title as a reader sees it: without format characters, white space collapsed as HTML shows it. */
    private static String asShown(String text) {
        return XssChecks.withoutFormatCharacters(text).replaceAll("\\s+", " ").strip();
    }

    /** What the open-thoughts page and macro render at first (the rest comes with "Show more"). */
    private static final int OPEN_THOUGHTS_PAGE = 50;

    @Test
    void theListOfOpenThoughts_showsPayloadQuestionsAndTitles_asText() throws Exception {
        PreviewClient eva = as("eva");
        List<String> failures = new ArrayList<>();
        PreviewClient.Response page = eva.get(MINE_PAGE);
        assertEquals(200, page.statusCode());
        XssChecks.check("mine page", page.body(), payloads, failures);
        String macroPage = view(eva, minePageId);
        XssChecks.check("mine macro", macroPage, payloads, failures);
        assertEquals(List.of(), failures);

        // Every payload is in the list, read page by page; the HTML holds its first page.
        List<Map<String, Object>> all = PagedListsHttpTest.walk(eva, MINE, "thoughts", OPEN_THOUGHTS_PAGE);
        List<String> questions = all.stream().map(item -> XssChecks.withoutFormatCharacters((String) item.get("question"))).toList();
        List<String> allTitles = all.stream().map(item -> asShown((String) item.get("pageTitle"))).toList();
        for (String title : titles) {
            assertTrue(allTitles.contains(asShown(XssPayloads.visible(title))), "the title " + title + " in the list");
        }
        for (XssPayloads.Payload p : payloads) {
            if (fits(p)) {
                assertTrue(questions.contains(XssChecks.withoutFormatCharacters(p.oneLine())), "payload " + p.id() + " as a question in the list: " + questions);
            }
        }
        List<String> firstPage = questions.subList(0, Math.min(OPEN_THOUGHTS_PAGE, questions.size()));
        List<String> firstTitles = allTitles.subList(0, firstPage.size());
        for (String html : List.of(page.body(), macroPage)) {
            List<String> links = new ArrayList<>();
            List<String> pageTitles = new ArrayList<>();
            for (Element item : Jsoup.parse(html).select("li.outloud-thoughts-mine-item")) {
                links.add(XssChecks.withoutFormatCharacters(item.selectFirst("a").text()));
                pageTitles.add(asShown(item.selectFirst(".outloud-thoughts-mine-page").text()));
            }
            // The page shows the first page of the list (as REST pages it); every question on it reads as written.
            assertEquals(firstPage.size(), links.size(), "the list's first page: " + links);
            assertTrue(links.containsAll(firstPage), "the first page's questions as text: " + links);
            assertEquals(firstTitles, pageTitles, "the first page's page titles as text, in its order");
        }
        PreviewClient.Response rest = eva.get(MINE);
        assertEquals(200, rest.statusCode());
        assertTrue(rest.header("Content-Type").orElse("").startsWith("application/json"));
        assertFalse(rest.body().contains("<"), "JSON escapes markup characters");
    }

    @Test
    void payloadsAsFeedback_answerJsonNeverHtml_andTheMailThankingTheGiverHasNoneAsMarkup() throws Exception {
        PreviewClient alice = as("alice");
        PreviewClient chloe = as("chloe");
        String path = feedbackPath(feedbackPage, FEEDBACK_THOUGHT);
        List<String> failures = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (XssPayloads.Payload p : payloads) {
            List<PreviewClient.Response> answers = new ArrayList<>();
            PreviewClient.Response given = give(alice, feedbackPage, FEEDBACK_THOUGHT, "see-differently", p.text(), p.id() % 2 == 0);
            answers.add(given);
            if (given.statusCode() != 201) {
                failures.add("feedback " + p.id() + " answered " + given.statusCode() + ": " + given.body());
                continue;
            }
            long id = firstId(given.body());
            ids.add(id);
            answers.add(alice.send("PUT", path + "/" + id, "application/json", "{\"kind\":\"go-on\",\"text\":" + PreviewClient.json(p.text()) + "}"));
            answers.add(alice.postJson(path, "{\"kind\":" + PreviewClient.json(p.text()) + "}"));
            answers.add(chloe.postJson(stagePath(feedbackPage, FEEDBACK_THOUGHT), "{\"stage\":" + PreviewClient.json(p.text()) + "}"));
            for (PreviewClient.Response answer : answers) {
                String type = answer.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (answer.statusCode() >= 500 || type.contains("html") || !type.startsWith("application/json") || answer.body().contains("<")) {
                    failures.add("payload " + p.id() + ": " + answer.statusCode() + " " + type + " " + answer.body());
                }
            }
        }
        for (PreviewClient reader : List.of(chloe, alice, anonymous())) {
            PreviewClient.Response board = reader.get(path);
            assertEquals(200, board.statusCode());
            assertTrue(board.header("Content-Type").orElse("").startsWith("application/json"), board.body());
            assertFalse(board.body().contains("<"), "JSON escapes markup characters");
        }
        assertTrue(chloe.get(path).body().contains("\"total\":" + payloads.size() + ","), "every payload was taken as feedback");
        for (long id : ids.subList(Math.max(0, ids.size() - 40), ids.size())) {
            assertEquals(200, chloe.postJson(path + "/" + id + "/taken-in", "").statusCode());
        }

        List<String> pageFailures = new ArrayList<>();
        XssChecks.check("feedback page (author)", view(chloe, feedbackPage), payloads, pageFailures);
        XssChecks.check("feedback page (giver)", view(alice, feedbackPage), payloads, pageFailures);
        StringBuilder mailTexts = new StringBuilder();
        for (Element frame : Jsoup.parse(alice.get("/outbox").body()).select("iframe.outloud-outbox-body")) {
            String mail = frame.attr("srcdoc");
            mailTexts.append(XssPayloads.visible(Jsoup.parse(mail).text())).append('\n');
            XssChecks.check("mail", mail.replace("<body>", "<body><main id=\"main-content\">").replace("</body>", "</main></body>"), payloads, pageFailures);
        }
        // Mail carries inline styles of its own (mail clients need them); a payload's style would show up verbatim.
        pageFailures.removeIf(f -> f.startsWith("mail: attribute style on <blockquote style=\"white-space: pre-wrap\">"));
        assertEquals(List.of(), pageFailures);
        assertEquals(40, mailsWithSubject(alice, "Chlo\u00e9 Lef\u00e8vre took in your feedback on \"XSS feedback\""),
                "a mail per piece taken in, thanking Alice");
        for (XssPayloads.Payload p : payloads.subList(payloads.size() - 40, payloads.size())) {
            assertTrue(mailTexts.toString().contains(XssPayloads.visible(p.text())), "a mail quotes payload " + p.id() + " as text");
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failure(s):\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    /** Whether the payload fits a question (at most 300 characters once on one line), so that its thought renders. */
    private static boolean fits(XssPayloads.Payload p) {
        String line = p.text().replaceAll("\\s+", " ").trim();
        return line.codePointCount(0, line.length()) <= 300;
    }

    private static long fitting() {
        return payloads.stream().filter(ThoughtXssHttpTest::fits).count();
    }
}
