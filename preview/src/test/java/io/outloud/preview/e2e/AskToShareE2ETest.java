package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ask to share, as people do it: Chloé asks Farid from his block and Dirk from a stream item; Farid opens his requests,
 * declines Eva's demo request, copies the markup of Chloé's, and answers with a block on a new page; Chloé hears of it,
 * sees the request answered and follows the link to the block, which says it was shared because she asked.
 */
class AskToShareE2ETest extends PreviewBrowserTest {
    private static final String TOPIC = "how you paged the export <b>in the end</b>";
    private static final String REQUESTS = "section[data-outloud-macro=\"working-out-loud-requests\"][data-outloud-ready=\"true\"]";

    @Test
    void chloeAsks_faridDeclinesOneAndAnswersHers_andChloeSeesTheAnswer(BrowserSession session) {
        E2E.startAs(session, "chloe");
        session.open(E2E.viewPath(welcomeId));
        E2E.readyBlocks(session, 4);
        WebElement stuck = E2E.block(session, "stuck");
        WebElement ask = stuck.findElement(By.cssSelector(".outloud-ask-toggle"));
        assertEquals("Ask Farid El Amrani to share", ask.getText().trim());
        ask.click();
        WebElement topic = session.waitFor(E2E.BLOCK + ".outloud-status-stuck .outloud-ask-form .outloud-ask-topic");
        session.assertNoSeriousViolations();
        topic.sendKeys(TOPIC);
        session.screenshot("ask-to-share-form");
        topic.sendKeys(Keys.ENTER);
        session.waitUntil(d -> "Asked. Farid El Amrani will see your request.".equals(
                stuck.findElement(By.cssSelector(".outloud-ask-message")).getText().trim()));
        assertEquals("false", ask.getAttribute("aria-expanded"), "the form closes");
        assertEquals(ask, session.driver().switchTo().activeElement(), "focus returns to the toggle");

        long streamPage = E2E.pageId(server, DemoContent.TEAM, DemoContent.STREAM);
        session.open(E2E.viewPath(streamPage));
        session.waitFor("section[data-outloud-macro=\"working-out-loud-stream\"][data-outloud-ready=\"true\"] .outloud-stream-item");
        // Dirk's buddies block (the newest but for the demo community's on the Data curious page)
        WebElement first = session.driver().findElements(By.cssSelector(
                        "section[data-outloud-macro=\"working-out-loud-stream\"] .outloud-stream-item")).stream()
                .filter(item -> item.getText().contains("Dirk M\u00fcller")).findFirst().orElseThrow();
        WebElement askDirk = first.findElement(By.cssSelector(".outloud-ask-toggle"));
        assertEquals("Ask Dirk M\u00fcller to share", askDirk.getText().trim());
        askDirk.click();
        WebElement dirkTopic = first.findElement(By.cssSelector(".outloud-ask-topic"));
        session.waitUntil(d -> dirkTopic.isDisplayed());
        session.assertNoSeriousViolations();
        dirkTopic.sendKeys("the buddy checklist");
        first.findElement(By.cssSelector(".outloud-ask-form button[type=\"submit\"]")).click();
        session.waitUntil(d -> "Asked. Dirk M\u00fcller will see your request.".equals(first.findElement(By.cssSelector(".outloud-ask-message")).getText().trim()));
        session.assertNoJsErrors();

        long requestsPage = E2E.pageId(server, DemoContent.TEAM, DemoContent.REQUESTS);
        E2E.actAs(session, "farid", "en");
        session.open(E2E.viewPath(requestsPage));
        WebElement requests = session.waitFor(REQUESTS);
        List<WebElement> incoming = requests.findElements(By.cssSelector(".outloud-requests-incoming > li.outloud-request"));
        assertEquals(2, incoming.size(), "Chlo\u00e9's and Eva's");
        WebElement chloes = incoming.get(0);
        WebElement evas = incoming.get(1);
        assertTrue(chloes.getText().contains(TOPIC), "markup stays text: " + chloes.getText());
        assertTrue(chloes.findElements(By.cssSelector(".outloud-request-topic b")).isEmpty());
        assertTrue(chloes.getText().contains("Chlo\u00e9 Lef\u00e8vre"));
        assertTrue(evas.getText().contains("how you set up the export job"));

        evas.findElement(By.cssSelector(".outloud-request-decline")).click();
        session.waitUntil(d -> "Declined. Nobody is told why.".equals(evas.findElement(By.cssSelector(".outloud-request-message")).getText().trim()));
        chloes.findElement(By.cssSelector(".outloud-request-answer")).click();
        WebElement markup = chloes.findElement(By.cssSelector(".outloud-request-markup"));
        session.waitUntil(d -> markup.isDisplayed());
        String answer = markup.getAttribute("value");
        session.screenshot("ask-to-share-requests");
        assertTrue(answer.matches("\\{working-out-loud:answers=\\d+\\}\\{working-out-loud\\}"), answer);
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        session.open("/pages/createpage.action?spaceKey=" + DemoContent.TEAM);
        session.waitFor("#title").sendKeys("Paging the export");
        session.driver().findElement(By.id("markup")).sendKeys(answer.replace("}{", "|status=done|working-on=Paging the export}"
                + "I page by 5,000 rows now.{"));
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("save-page")).click());
        WebElement block = E2E.readyBlocks(session, 1).get(0);
        assertEquals("Shared because Chlo\u00e9 Lef\u00e8vre asked: \"" + TOPIC + "\"",
                block.findElement(By.cssSelector(".outloud-block-answers")).getText().trim());
        assertTrue(block.getText().contains("I page by 5,000 rows now."));
        session.screenshot("ask-to-share-answer");

        E2E.actAs(session, "chloe", "en");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        assertTrue(session.driver().findElement(By.cssSelector(".outloud-outbox-subject")).getText()
                .startsWith("Farid El Amrani answered your request to share on"));
        session.open(E2E.viewPath(requestsPage));
        WebElement mine = session.waitFor(REQUESTS);
        List<WebElement> outgoing = mine.findElements(By.cssSelector(".outloud-requests-outgoing > li.outloud-request"));
        assertEquals(2, outgoing.size());
        assertEquals("Open", state(outgoing.get(0)), "Dirk's");
        WebElement answered = outgoing.get(1);
        assertEquals("Answered", state(answered));
        E2E.navigatesAway(session, () -> answered.findElement(By.cssSelector(".outloud-request-answer-link a")).click());
        assertTrue(session.driver().getCurrentUrl().contains("#outloud-block-"), session.driver().getCurrentUrl());
        assertTrue(E2E.readyBlocks(session, 1).get(0).findElement(By.cssSelector(".outloud-block-answers")).getText()
                .startsWith("Shared because Chlo\u00e9 Lef\u00e8vre asked"));
        session.assertNoJsErrors();
    }

    private static String state(WebElement request) {
        return request.findElement(By.cssSelector(".outloud-request-state")).getAttribute("textContent").trim();
    }
}
