package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.xss.XssPayloads;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.JavascriptExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every payload of {@link XssPayloads#marked()} as a thought's question (storage format) and as feedback text (REST,
 * from the browser), read in a real browser by a giver and by the author: nothing runs, no element or handler is made
 * from input, and each payload shows as text. Uses {@link XssE2ETest}'s trap and inspection.
 */
class ThoughtsXssE2ETest extends PreviewBrowserTest {

    @Test
    void payloads_asQuestionsAndFeedback_neverRun_andShowAsText(BrowserSession session) {
        ((HasCdp) session.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", XssE2ETest.TRAP));
        List<XssPayloads.Payload> payloads = XssPayloads.marked();
        StringBuilder storage = new StringBuilder("<p>Thoughts with hostile questions.</p>");
        for (XssPayloads.Payload p : payloads) {
            storage.append("<ac:structured-macro ac:name=\"half-finished-thought\" ac:schema-version=\"1\" ac:macro-id=\"xss-t-")
                    .append(p.id()).append("\"><ac:parameter ac:name=\"question\">").append(XssPayloads.xmlText(question(p)))
                    .append("</ac:parameter><ac:rich-text-body><p>Thought ").append(p.id()).append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        long pageId = server.hosts().pages().create(DemoContent.TEAM, "Hostile thoughts", storage.toString(), "8a7f80a1-eva");
        List<String> failures = new ArrayList<>();

        E2E.startAs(session, "eva");
        session.open(E2E.viewPath(pageId)); // the author's first view registers every thought
        waitUntilLoaded(session, payloads.size());
        questionsShown(session, payloads, failures);

        E2E.actAs(session, "alice", "en");
        waitUntilLoaded(session, payloads.size());
        @SuppressWarnings("unchecked")
        List<String> refused = (List<String>) ((JavascriptExecutor) session.driver()).executeAsyncScript("""
                var payloads = arguments[0], pageId = arguments[1], done = arguments[arguments.length - 1], problems = [];
                var all = payloads.map(function (p, i) {
                    return OutLoud.rest('POST', AJS.contextPath() + '/rest/outloud/1.0/thoughts/' + pageId + '/xss-t-' + (i + 1) + '/feedback',
                                        {kind: 'go-on', text: p})
                        .then(function () { return null; }, function (e) { problems.push('feedback ' + (i + 1) + ': ' + (e && e.serverMessage)); });
                });
                Promise.all(all).then(function () { done(problems); }, function (e) { done(['failed: ' + e]); });
                """, payloads.stream().map(XssPayloads.Payload::text).toList(), pageId);
        failures.addAll(refused);

        for (String reader : List.of("alice", "eva")) {
            if (reader.equals("eva")) {
                E2E.actAs(session, "eva", "en");
            } else {
                E2E.reload(session);
            }
            waitUntilLoaded(session, payloads.size());
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) session.executeScript(
                    "return Array.from(document.querySelectorAll('.outloud-feedback-item .outloud-feedback-text')).map(function (e) { return e.textContent; });");
            assertEquals(payloads.size(), texts.size(), reader + " sees every piece of feedback");
            String all = XssPayloads.visible(String.join("\n", texts));
            for (XssPayloads.Payload p : payloads) {
                if (!all.contains(p.oneLine())) {
                    failures.add(reader + ": feedback of payload " + p.id() + " not shown as text");
                }
            }
            questionsShown(session, payloads, failures);
            XssE2ETest.inspect(session, "thoughts read by " + reader, failures);
            XssE2ETest.expectedErrorsOnly(session, failures);
        }
        assertEquals(List.of(), failures);
    }

    /** The question as the macro keeps it: one line of at most 300 characters (longer payloads are cut for this test). */
    private static String question(XssPayloads.Payload p) {
        String line = p.oneLine();
        return line.codePointCount(0, line.length()) <= 300 ? line : line.substring(0, line.offsetByCodePoints(0, 290));
    }

    private static void questionsShown(BrowserSession session, List<XssPayloads.Payload> payloads, List<String> failures) {
        @SuppressWarnings("unchecked")
        List<String> questions = (List<String>) session.executeScript(
                "return Array.from(document.querySelectorAll('.outloud-thought-question')).map(function (e) { return e.textContent; });");
        String all = XssPayloads.visible(String.join("\n", questions));
        for (XssPayloads.Payload p : payloads) {
            if (!all.contains(XssPayloads.visible(question(p)))) {
                failures.add("question of payload " + p.id() + " not shown as text");
            }
        }
    }

    private static void waitUntilLoaded(BrowserSession session, int thoughts) {
        session.waitUntil(d -> ((Number) session.executeScript(
                "return document.querySelectorAll('section[data-outloud-macro=\"half-finished-thought\"][data-loaded=\"true\"]').length;"))
                .intValue() == thoughts);
    }
}
