package io.outloud.preview.e2e;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.outloud.common.macro.Texts;
import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.community.pairing.PairingParticipant;
import io.outloud.community.pairing.ao.AoPairingStore;
import io.outloud.community.pairing.macro.PairingViews;
import io.outloud.preview.PairingCommunities;
import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.host.PreviewI18nResolver;
import io.outloud.preview.plugin.PluginDescriptor;
import io.outloud.preview.velocity.MethodAllowlist;
import io.outloud.preview.velocity.PreviewTemplateRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.StringWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pairing fragment in a browser, driven by the keyboard alone, on the preview's real REST and database. Until the
 * community macro includes it (main), the test renders the fragment for the reader as the macro will (PairingViews and
 * the plugin's template) and places it, with its web resource, into a preview page; axe checks it there.
 */
class PairingE2ETest extends PreviewBrowserTest {
    private static final String C = "e2e-guild";
    private static final String SECTION = "section.outloud-pairing[data-outloud-ready=\"true\"]";

    @BeforeAll
    static void community() {
        AoCommunityMembers members = PairingCommunities.create(server, C, "8a7f80a1-alice", "Engineering");
        AoPairingStore store = new AoPairingStore(server.hosts().activeObjects());
        for (String name : new String[]{"bruno", "chloe"}) {
            PairingCommunities.addMember(members, C, "8a7f80a1-" + name, name);
            store.putParticipant(PairingParticipant.notEnrolled(C, "8a7f80a1-" + name, Instant.now()).optedIn(Instant.now()));
        }
    }

    /** The fragment as the community macro renders it for this reader. */
    private static String fragmentFor(String username) throws Exception {
        AuthenticatedUserThreadLocal.set(server.hosts().users().byUsername(username).orElseThrow());
        try {
            ClassLoader loader = PairingE2ETest.class.getClassLoader();
            PluginDescriptor descriptor = PluginDescriptor.load(loader);
            Map<String, Object> model = new HashMap<>();
            model.put(PairingViews.MODEL, server.hosts().plugin().bean(PairingViews.class).view(C));
            model.put("texts", new Texts(new PreviewI18nResolver(loader, descriptor.i18nLocations())));
            StringWriter out = new StringWriter();
            new PreviewTemplateRenderer(loader, MethodAllowlist.fromDescriptor(descriptor.document())).render(PairingViews.TEMPLATE, model, out);
            return out.toString();
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }

    private static WebElement place(BrowserSession session, String html) {
        String resources = "/download/resources/" + PairingViews.WEB_RESOURCE + "/";
        session.executeScript("var holder = document.createElement('div'); holder.innerHTML = arguments[0];"
                + "(document.querySelector('#main-content') || document.querySelector('main') || document.body).appendChild(holder);"
                + "var css = document.createElement('link'); css.rel = 'stylesheet'; css.href = arguments[1]; document.head.appendChild(css);"
                + "var script = document.createElement('script'); script.src = arguments[2]; document.body.appendChild(script);",
                html, session.url(resources + "pairing.css"), session.url(resources + "pairing.js"));
        return session.waitFor(SECTION);
    }

    private static void pressEnter(WebElement element) {
        element.sendKeys(Keys.ENTER);
    }

    @Test
    void aLeadStartsARound_andAMemberSaysTheyMet_andLeaves_allByKeyboard(BrowserSession session) throws Exception {
        E2E.startAs(session, "alice");
        session.open(E2E.viewPath(welcomeId));
        WebElement lead = place(session, fragmentFor("alice"));
        session.assertNoSeriousViolations();
        WebElement every = lead.findElement(By.cssSelector("select[name=\"everyDays\"]"));
        every.sendKeys(Keys.ARROW_DOWN); // from "only by hand" to "every week"
        WebElement save = lead.findElement(By.cssSelector(".outloud-pairing-schedule button[type=\"submit\"]"));
        pressEnter(save);
        session.waitForText(".outloud-pairing-schedule-text", "Schedule saved.");
        pressEnter(lead.findElement(By.cssSelector(".outloud-pairing-start")));
        WebElement made = session.waitForText(".outloud-pairing-start-text", "Round 1 made: 1 matches");
        assertTrue(made.getText().contains("Reload the page"), made.getText());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "bruno", "en");
        WebElement mine = place(session, fragmentFor("bruno"));
        session.assertNoSeriousViolations();
        assertEquals("Chlo\u00e9 Lef\u00e8vre", mine.findElement(By.cssSelector(".outloud-pairing-partner-name")).getText());
        assertTrue(mine.findElements(By.cssSelector(".outloud-pairing-lead")).isEmpty(), "no lead controls for a member");
        WebElement met = mine.findElement(By.cssSelector(".outloud-pairing-met[data-met=\"true\"]"));
        pressEnter(met);
        session.waitForText(".outloud-pairing-answer-text", "You said you met.");
        assertEquals("true", met.getAttribute("aria-pressed"));
        assertEquals("false", mine.findElement(By.cssSelector(".outloud-pairing-met[data-met=\"false\"]")).getAttribute("aria-pressed"));

        WebElement opt = mine.findElement(By.cssSelector(".outloud-pairing-opt"));
        assertEquals("Leave pairing", opt.getText());
        pressEnter(opt);
        session.waitForText(".outloud-pairing-status", "You are not taking part.");
        session.waitForText(".outloud-pairing-opt", "Take part");
        opt.sendKeys(Keys.TAB);
        assertEquals("until", session.driver().switchTo().activeElement().getAttribute("name"), "the date field comes next");
        session.executeScript("arguments[0].value = arguments[1];", mine.findElement(By.cssSelector("input[name=\"until\"]")),
                java.time.LocalDate.now().plusDays(3).toString());
        pressEnter(mine.findElement(By.cssSelector(".outloud-pairing-snooze button[type=\"submit\"]")));
        session.waitForText(".outloud-pairing-status", "You are not taking part.");
        WebElement end = session.waitFor(".outloud-pairing-snooze-end");
        pressEnter(end);
        session.waitUntil(d -> !end.isDisplayed());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
    }
}
