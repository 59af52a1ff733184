package io.outloud.preview.e2e;

import io.outloud.preview.ThoughtNotices;
import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.demo.DemoThoughts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A half-finished thought from start to ripe: Chloé posts one through the editor; Alice gives feedback with her
 * name, Bruno without his (by keyboard); Chloé sees Alice named and Bruno as "a colleague", takes Alice's in (Alice is
 * thanked and told), checks her open thoughts, moves the thought on to growing and then ripens it, and the credit
 * line counts two contributions from two people in two departments. Bruno's name never reaches Chloé's page.
 */
class ThoughtsE2ETest extends PreviewBrowserTest {
    static final String THOUGHT = "section[data-outloud-macro=\"half-finished-thought\"]";
    static final String READY = THOUGHT + "[data-outloud-ready=\"true\"]";
    private static final String QUESTION = "Which budget reports could we drop?";
    private static final String ALICES = "Have you asked who opens the <b>monthly</b> one?";
    private static final String BRUNOS = "Drop the weekly one, nobody reads it.";

    @Test
    void postGiveFeedbackNamedAndUnnamed_takeIn_ripen_andTheCreditIsRight(BrowserSession session) {
        E2E.startAs(session, "chloe");
        session.open("/pages/createpage.action?spaceKey=" + DemoContent.TEAM);
        session.waitFor("#title").sendKeys("Fewer budget reports");
        session.driver().findElement(By.id("markup")).sendKeys("{half-finished-thought:question=" + QUESTION
                + "|anonymous-feedback=true}We produce eleven budget reports a month. I think half could go.{half-finished-thought}");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("save-page")).click());
        WebElement mine = session.waitFor(READY);
        String pageUrl = session.driver().getCurrentUrl();
        assertEquals("Seed", mine.findElement(By.cssSelector(".outloud-thought-stage")).getAttribute("textContent").trim());
        assertTrue(mine.findElement(By.cssSelector(".outloud-thought-welcome")).getText().startsWith("Unfinished is welcome here"));
        assertTrue(mine.findElement(By.cssSelector(".outloud-thought-question")).getText().contains(QUESTION));
        assertTrue(mine.findElements(By.cssSelector(".outloud-feedback-form")).isEmpty(), "no feedback on one's own thought");
        assertEquals("This is your own thought: the feedback comes from others.",
                mine.findElement(By.cssSelector(".outloud-feedback-refusal")).getText().trim());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "alice", "en");
        WebElement forAlice = session.waitFor(READY);
        forAlice.findElement(By.cssSelector("label[for$=\"-have-you-considered\"]")).click();
        forAlice.findElement(By.cssSelector(".outloud-feedback-form textarea")).sendKeys(ALICES);
        assertTrue(forAlice.findElement(By.cssSelector(".outloud-feedback-unnamed")).isDisplayed(), "Chloé invites unnamed feedback");
        forAlice.findElement(By.cssSelector(".outloud-feedback-form button[type=\"submit\"]")).click();
        session.waitUntil(d -> forAlice.findElements(By.cssSelector(".outloud-feedback-item[data-feedback-id]")).size() == 1);
        WebElement given = forAlice.findElement(By.cssSelector(".outloud-feedback-item"));
        assertEquals("Alice Janssens", given.findElement(By.cssSelector(".outloud-feedback-giver")).getText());
        assertEquals(ALICES, given.findElement(By.cssSelector(".outloud-feedback-text")).getText(), "markup stays text");
        assertTrue(given.findElements(By.cssSelector("b")).isEmpty());
        assertEquals("Thank you: your feedback is here.", forAlice.findElement(By.cssSelector(".outloud-thought-message")).getText());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        // Bruno by keyboard: the default kind, "don't show my name" by space, send by Enter.
        E2E.actAs(session, "bruno", "en");
        WebElement forBruno = session.waitFor(READY);
        session.waitUntil(d -> "true".equals(forBruno.getAttribute("data-loaded")));
        assertEquals("Alice Janssens", forBruno.findElement(By.cssSelector(".outloud-feedback-giver")).getText(), "feedback shows to everyone");
        WebElement goOn = forBruno.findElement(By.cssSelector(".outloud-feedback-kinds input[value=\"go-on\"]"));
        assertTrue(goOn.isSelected(), "a quick \"go on\" is chosen until another kind is");
        forBruno.findElement(By.cssSelector(".outloud-feedback-form textarea")).sendKeys(BRUNOS);
        forBruno.findElement(By.cssSelector(".outloud-feedback-unnamed")).sendKeys(Keys.SPACE);
        assertTrue(forBruno.findElement(By.cssSelector(".outloud-feedback-unnamed")).isSelected());
        forBruno.findElement(By.cssSelector(".outloud-feedback-form button[type=\"submit\"]")).sendKeys(Keys.ENTER);
        session.waitUntil(d -> forBruno.findElements(By.cssSelector(".outloud-feedback-item[data-feedback-id]")).size() == 2);
        WebElement brunos = forBruno.findElements(By.cssSelector(".outloud-feedback-item")).get(1);
        assertEquals("You (your name is not shown)", brunos.findElement(By.cssSelector(".outloud-feedback-giver")).getText());
        assertFalse(brunos.findElements(By.cssSelector(".outloud-feedback-edit")).isEmpty(), "an unnamed giver still edits their own");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "chloe", "en");
        WebElement author = session.waitFor(READY);
        session.waitUntil(d -> author.findElements(By.cssSelector(".outloud-feedback-item[data-feedback-id]")).size() == 2);
        List<WebElement> items = author.findElements(By.cssSelector(".outloud-feedback-item"));
        assertEquals("Alice Janssens", items.get(0).findElement(By.cssSelector(".outloud-feedback-giver")).getText());
        assertEquals("A colleague", items.get(1).findElement(By.cssSelector(".outloud-feedback-giver")).getText());
        assertFalse(author.getAttribute("outerHTML").contains("Bruno"), "Bruno's name is nowhere in Chloé's thought");
        assertEquals(2, author.findElements(By.cssSelector(".outloud-feedback-open")).size(), "both wait to be taken in");
        items.get(0).findElement(By.cssSelector(".outloud-feedback-take-in")).click();
        session.waitUntil(d -> !author.findElements(By.cssSelector(".outloud-feedback-thanks")).isEmpty());
        assertEquals("Taken in. Thank you, Alice Janssens!", author.findElement(By.cssSelector(".outloud-feedback-thanks")).getText());
        assertEquals(1, author.getText().split("Taken in\\. Thank you", -1).length - 1, "the thanks shows once: " + author.getText());
        assertEquals(Boolean.TRUE, session.executeScript(
                "return document.activeElement.matches('.outloud-feedback-item') && document.activeElement.textContent.indexOf('Alice') >= 0;"),
                "the keyboard focus stays on the item taken in");
        assertEquals(1, author.findElements(By.cssSelector(".outloud-feedback-open")).size());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("half-finished-thought");

        E2E.navigatesAway(session, () -> author.findElement(By.cssSelector(".outloud-thought-mine")).click());
        session.waitFor(".outloud-thoughts-mine-item");
        List<WebElement> openThoughts = session.driver().findElements(By.cssSelector(".outloud-thoughts-mine-item"));
        assertEquals(2, openThoughts.size(), "the demo's glossary thought, oldest first, then this one");
        WebElement open = openThoughts.get(1);
        assertTrue(open.getText().contains(QUESTION), open.getText());
        assertTrue(open.getText().contains("2 pieces of feedback"), open.getText());
        assertEquals("one not taken in yet", open.findElement(By.cssSelector(".outloud-thought-unanswered")).getText());
        session.assertNoSeriousViolations();

        session.open(pageUrl.replaceFirst("^https?://[^/]+", ""));
        WebElement seed = session.waitFor(READY);
        assertEquals("Move on to growing", seed.findElement(By.cssSelector(".outloud-thought-move")).getText().trim());
        E2E.navigatesAway(session, () -> seed.findElement(By.cssSelector(".outloud-thought-move")).click());
        WebElement growing = session.waitFor(READY);
        assertEquals("Growing", growing.findElement(By.cssSelector(".outloud-thought-stage")).getAttribute("textContent").trim(), "shown at once, page unedited");
        WebElement ripen = growing.findElement(By.cssSelector(".outloud-thought-move[data-stage=\"ripe\"]"));
        assertEquals("Ripen into finished content", ripen.getText().trim());
        ripen.click(); // not easily taken back: the author confirms too
        session.waitFor(".outloud-thought-confirm .outloud-thought-confirm-ok");
        assertTrue(session.driver().findElement(By.cssSelector(".outloud-thought-confirm .aui-dialog2-content")).getText()
                .startsWith("A ripe thought becomes finished content"));
        session.assertNoSeriousViolations();
        session.driver().findElement(By.cssSelector(".outloud-thought-confirm .outloud-thought-confirm-cancel")).click();
        session.waitUntil(d -> d.findElements(By.cssSelector(".outloud-thought-confirm")).isEmpty());
        assertEquals("Growing", growing.findElement(By.cssSelector(".outloud-thought-stage")).getAttribute("textContent").trim(), "cancel moves nothing");
        ripen.click();
        E2E.navigatesAway(session, () -> session.waitFor(".outloud-thought-confirm .outloud-thought-confirm-ok").click());
        WebElement ripe = session.waitFor(READY + ".outloud-thought-ripe");
        assertTrue(ripe.findElements(By.cssSelector(".outloud-thought-welcome, .outloud-feedback-form")).isEmpty(), "ordinary content now");
        assertTrue(ripe.findElement(By.cssSelector(".outloud-thought-body")).getText().contains("eleven budget reports"));
        assertEquals("Grew from a half-finished thought with 2 contributions from 2 people in 2 departments.",
                ripe.findElement(By.cssSelector(".outloud-thought-credit-text")).getText().trim());
        ripe.findElement(By.cssSelector(".outloud-thought-history-toggle")).click();
        session.waitUntil(d -> ripe.findElements(By.cssSelector(".outloud-thought-history .outloud-feedback-item")).size() == 2);
        assertTrue(ripe.findElements(By.cssSelector(".outloud-thought-history button.outloud-feedback-take-in")).isEmpty(), "history is read-only");
        assertFalse(ripe.getAttribute("outerHTML").contains("Bruno"));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("half-finished-thought-ripe");

        // An hour after the first piece, the plugin's scheduled job tells Chloé of both in one mail.
        ThoughtNotices.sendAsIfAnHourPassed(server);
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        assertTrue(session.driver().findElement(By.cssSelector(".outloud-outbox-subject")).getText().startsWith("2 new pieces of feedback on your thought on"),
                "one mail for both pieces");
        assertEquals(1, session.driver().findElements(By.cssSelector(".outloud-outbox-subject")).stream()
                .filter(s -> s.getText().contains("feedback on your thought")).count());

        E2E.actAs(session, "alice", "en");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        assertTrue(session.driver().findElement(By.cssSelector(".outloud-outbox-subject")).getText()
                .startsWith("Chlo\u00e9 Lef\u00e8vre took in your feedback on"));
        session.assertNoJsErrors();
    }

    @Test
    void anEditorWhoIsNotTheAuthor_movesTheStageOnlyBehindTheOnBehalfStep_confirms_andTheAuthorIsTold(BrowserSession session) {
        E2E.startAs(session, "alice"); // may edit the team space; the demo's growing thought is Chlo\u00e9's
        session.open(E2E.viewPath(E2E.pageId(server, DemoContent.TEAM, DemoThoughts.THOUGHTS)));
        session.waitUntil(d -> d.findElements(By.cssSelector(READY)).size() == 3);
        WebElement growing = session.driver().findElement(By.cssSelector(READY + "[data-stage=\"growing\"]"));
        assertTrue(growing.findElements(By.cssSelector(".outloud-thought-move")).stream().noneMatch(WebElement::isDisplayed),
                "no stage control in one click: the thought is Chlo\u00e9's");
        WebElement behalf = growing.findElement(By.cssSelector(".outloud-thought-behalf-toggle"));
        assertEquals("On the author's behalf: change the stage for Chlo\u00e9 Lef\u00e8vre", behalf.getText().trim());
        behalf.click();
        assertEquals("true", behalf.getAttribute("aria-expanded"));
        assertTrue(growing.findElement(By.cssSelector(".outloud-thought-behalf-note")).getText().contains("they will be told"));
        session.assertNoSeriousViolations();
        WebElement back = growing.findElement(By.cssSelector(".outloud-thought-move[data-stage=\"seed\"]"));
        back.click();
        WebElement dialog = session.waitFor(".outloud-thought-confirm");
        assertEquals("You are changing the stage of this thought to \"Seed\" on behalf of Chlo\u00e9 Lef\u00e8vre, who will be told.",
                dialog.findElement(By.cssSelector(".aui-dialog2-content")).getText().trim());
        assertEquals("Change the stage of this thought?", dialog.findElement(By.cssSelector(".aui-dialog2-header-main")).getText().trim());
        session.assertNoSeriousViolations();
        session.screenshot("thought-on-behalf-confirm");
        E2E.navigatesAway(session, () -> dialog.findElement(By.cssSelector(".outloud-thought-confirm-ok")).click());
        session.waitUntil(d -> d.findElements(By.cssSelector(READY)).size() == 3);
        assertEquals(2, session.driver().findElements(By.cssSelector(READY + "[data-stage=\"seed\"]")).size(), "moved back to seed");
        session.assertNoJsErrors();

        E2E.actAs(session, "chloe", "en");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        assertTrue(session.driver().findElement(By.cssSelector(".outloud-outbox-subject")).getText()
                .startsWith("Alice Janssens changed the stage of your thought on"));
        session.assertNoJsErrors();
    }
}
