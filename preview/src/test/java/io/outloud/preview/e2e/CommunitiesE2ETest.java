package io.outloud.preview.e2e;

import io.outloud.preview.browser.BrowserSession;
import io.outloud.preview.demo.DemoCommunities;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;
import com.atlassian.scheduler.config.JobId;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.outloud.community.pairing.PairingSeat;
import io.outloud.community.pairing.PairingStore;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A community from its first save: Eva (Customer Support) makes one through the editor and leads it; Alice
 * (Engineering) joins with a click and Bruno (Marketing) by keyboard, and the diversity view shows three departments;
 * Alice shows only Marketing's members and asks the community for help, which reaches Bruno's mail. Dirk approves
 * Bruno's request to join his closed community. Every step without script errors and axe-clean.
 */
class CommunitiesE2ETest extends PreviewBrowserTest {
    static final String COMMUNITY = "section[data-outloud-macro=\"outloud-community\"][data-outloud-ready=\"true\"]";

    private static String text(WebElement element, String css) {
        return element.findElement(By.cssSelector(css)).getText().trim();
    }

    @Test
    void threeDepartmentsJoin_theDiversityViewShowsThem_anAskReachesMembers_andAClosedCommunitysRequestIsApproved(BrowserSession session) {
        E2E.startAs(session, "eva");
        session.open("/pages/createpage.action?spaceKey=" + DemoContent.TEAM);
        session.waitFor("#title").sendKeys("Queue curious");
        session.driver().findElement(By.id("markup")).sendKeys(
                "{outloud-community:name=Queue curious|curiosity=Why do queues form where they do?|access=open|labels=queues, support}");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("save-page")).click());
        WebElement mine = session.waitFor(COMMUNITY);
        String pageUrl = session.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertEquals("Queue curious", text(mine, ".outloud-community-name"));
        assertEquals("You lead this community.", text(mine, ".outloud-community-state"));
        assertEquals("1 member from 1 department", text(mine, ".outloud-community-count"));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "alice", "en");
        session.open(pageUrl);
        WebElement forAlice = session.waitFor(COMMUNITY);
        E2E.navigatesAway(session, () -> forAlice.findElement(By.cssSelector("button.outloud-community-join")).click());
        WebElement joined = session.waitFor(COMMUNITY);
        session.waitUntil(d -> !text(joined, ".outloud-community-message").isEmpty());
        assertEquals("Welcome! You are a member now.", text(joined, ".outloud-community-message"), "said after the reload");
        assertEquals("You are a member.", text(joined, ".outloud-community-state"));
        assertEquals(Boolean.TRUE, session.executeScript("return document.activeElement.matches('.outloud-community-leave');"),
                "the focus comes back to the community");

        // Bruno by keyboard: Tab reaches the Join button, Enter joins.
        E2E.actAs(session, "bruno", "en");
        session.open(pageUrl);
        WebElement forBruno = session.waitFor(COMMUNITY);
        E2E.navigatesAway(session, () -> forBruno.findElement(By.cssSelector("button.outloud-community-join")).sendKeys(Keys.ENTER));
        WebElement three = session.waitFor(COMMUNITY);
        assertEquals("3 members from 3 departments", text(three, ".outloud-community-count"));
        assertEquals(0, three.findElements(By.cssSelector(".outloud-community-chart")).size(), "no department reaches the minimum group size");
        List<String> shares = three.findElements(By.cssSelector(".outloud-community-shares button")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Customer Support: a few members", "Engineering: a few members", "Marketing: a few members"), shares);
        assertEquals(List.of("Customer Support", "Engineering", "Marketing"),
                three.findElements(By.cssSelector(".outloud-community-group h5")).stream().map(WebElement::getText).toList());
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("community");

        E2E.actAs(session, "alice", "en");
        session.open(pageUrl);
        WebElement filter = session.waitFor(COMMUNITY);
        filter.findElement(By.cssSelector(".outloud-community-filter[data-department=\"Marketing\"]")).click();
        session.waitUntil(d -> filter.findElements(By.cssSelector(".outloud-community-member")).size() == 1);
        assertEquals("Bruno Dubois", text(filter, ".outloud-community-member .outloud-community-person-name"));
        assertEquals("Showing members from Marketing. Show every department", text(filter, ".outloud-community-filter-state"));
        filter.findElement(By.cssSelector(".outloud-community-filter-all")).click();
        session.waitUntil(d -> filter.findElements(By.cssSelector(".outloud-community-member")).size() == 3);

        WebElement ask = filter.findElement(By.cssSelector(".outloud-community-ask-form textarea"));
        ask.sendKeys("Who has measured a queue at the <b>front desk</b>?");
        filter.findElement(By.cssSelector(".outloud-community-ask-form button")).click();
        session.waitUntil(d -> !filter.findElements(By.cssSelector(".outloud-community-ask")).isEmpty());
        assertEquals("Who has measured a queue at the <b>front desk</b>?", text(filter, ".outloud-community-ask-text"), "text, never markup");
        assertTrue(filter.findElements(By.cssSelector(".outloud-community-ask b")).isEmpty());
        assertEquals("Your ask is posted; every member will hear of it within minutes.", text(filter, ".outloud-community-message"));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        // Asks of a community wait for the weekly digest unless a member wants them at once, as Bruno does.
        server.hosts().plugin().bean(io.outloud.rhythm.RhythmPreferenceStore.class).save("8a7f80a1-bruno",
                io.outloud.rhythm.RhythmPreferences.DEFAULT.with(java.util.Map.of(io.outloud.rhythm.NoticeTopic.COMMUNITY_ASKS,
                        io.outloud.rhythm.Cadence.AT_ONCE), null, null), java.time.Instant.now());
        server.hosts().scheduler().makeDue(JobId.of("io.outloud.community.ask-fan-out")); // the job's next turn, now
        server.hosts().scheduler().runDueJobs();

        E2E.actAs(session, "bruno", "en");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        assertTrue(session.driver().findElements(By.cssSelector(".outloud-outbox-subject")).stream()
                .anyMatch(s -> s.getText().equals("Alice Janssens asks Queue curious for help")), "Bruno hears of the ask");
        session.open(pageUrl);
        assertTrue(session.waitFor(COMMUNITY).findElements(By.cssSelector(".outloud-community-ask-remove")).isEmpty(), "not Bruno's to remove");

        // Alice takes her ask back, by keyboard: the confirmation, then the list without it and the focus on its heading.
        E2E.actAs(session, "alice", "en");
        session.open(pageUrl);
        WebElement asked = session.waitFor(COMMUNITY);
        WebElement remove = asked.findElement(By.cssSelector(".outloud-community-ask-remove"));
        assertEquals("Remove ask by Alice Janssens", remove.getAttribute("aria-label"), "the visible words first, for voice control");
        remove.sendKeys(Keys.ENTER);
        session.waitUntil(d -> {
            try {
                d.switchTo().alert().accept();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        session.waitUntil(d -> asked.findElements(By.cssSelector(".outloud-community-ask")).isEmpty());
        assertEquals("The ask is removed; members not told yet will not be.", text(asked, ".outloud-community-message"));
        assertEquals("outloud-community-asks", ((org.openqa.selenium.JavascriptExecutor) session.driver())
                .executeScript("return document.activeElement.parentElement.className"));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        // Dirk leads the closed demo community, where Bruno's request waits.
        E2E.actAs(session, "dirk", "en");
        long onboarding = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoCommunities.ONBOARDING).orElseThrow().id();
        session.open("/pages/viewpage.action?pageId=" + onboarding);
        WebElement closed = session.waitFor(COMMUNITY);
        WebElement request = closed.findElement(By.cssSelector(".outloud-community-requests li"));
        assertTrue(request.getText().startsWith("Bruno Dubois Marketing"), request.getText());
        session.assertNoSeriousViolations();
        E2E.navigatesAway(session, () -> request.findElement(By.cssSelector("button.outloud-community-approve")).click());
        WebElement approved = session.waitFor(COMMUNITY);
        assertEquals("No requests waiting.", text(approved, ".outloud-community-no-requests"));
        assertEquals("3 members from 3 departments", text(approved, ".outloud-community-count"));
        assertTrue(approved.findElements(By.cssSelector(".outloud-community-person-name")).stream().anyMatch(n -> n.getText().equals("Bruno Dubois")));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();

        E2E.actAs(session, "bruno", "en");
        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        assertTrue(session.driver().findElements(By.cssSelector(".outloud-outbox-subject")).stream()
                .anyMatch(s -> s.getText().equals("Welcome to Onboarding circle")));
        assertFalse(session.driver().getPageSource().contains("<b>front desk</b>"));
    }

    @Test
    void theDirectory_filtersBySearch_andStartsACommunityFromItsForm(BrowserSession session) {
        E2E.startAs(session, "chloe");
        long directory = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoCommunities.DIRECTORY).orElseThrow().id();
        session.open("/pages/viewpage.action?pageId=" + directory);
        WebElement list = session.waitFor("section.outloud-community-directory[data-outloud-ready=\"true\"]");
        session.assertNoSeriousViolations();
        list.findElement(By.cssSelector("input[name=\"q\"]")).sendKeys("first month");
        list.findElement(By.cssSelector(".outloud-directory-filters button")).click();
        session.waitUntil(d -> list.findElements(By.cssSelector(".outloud-directory-entries .outloud-directory-item")).size() == 1);
        assertEquals("Onboarding circle", text(list, ".outloud-directory-entries h4"));
        assertEquals("1 community", text(list, ".outloud-directory-count"));

        list.findElement(By.cssSelector(".outloud-directory-create-toggle")).click();
        assertEquals(Boolean.TRUE, session.executeScript("return document.activeElement.name === 'name';"), "the form opens at its first field");
        list.findElement(By.cssSelector(".outloud-directory-create-form input[name=\"name\"]")).sendKeys("Onboarding circle");
        list.findElement(By.cssSelector(".outloud-directory-create-form button")).click();
        session.waitUntil(d -> !text(list, ".outloud-directory-create-message").isEmpty());
        assertEquals("A community called \"Onboarding circle\" exists already.", text(list, ".outloud-directory-create-message"));
        assertTrue(session.jsErrors().stream().allMatch(e -> e.contains("status of 409")), "only the expected 409: " + session.jsErrors());
        session.clearJsErrors();

        WebElement name = list.findElement(By.cssSelector(".outloud-directory-create-form input[name=\"name\"]"));
        name.clear();
        name.sendKeys("Spreadsheet <i>stories</i>");
        list.findElement(By.cssSelector(".outloud-directory-create-form textarea")).sendKeys("What our spreadsheets say about us");
        list.findElement(By.cssSelector(".outloud-directory-create-form label[for$=\"-closed\"]")).click();
        E2E.navigatesAway(session, () -> list.findElement(By.cssSelector(".outloud-directory-create-form button")).click());
        WebElement made = session.waitFor(COMMUNITY);
        assertEquals("Spreadsheet <i>stories</i>", text(made, ".outloud-community-name"), "text, never markup");
        assertEquals("Closed: a lead approves who joins", text(made, ".outloud-community-access"));
        assertEquals("You lead this community.", text(made, ".outloud-community-state"));
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
    }

    @Test
    void theDirectorysShowMore_bringsTheNextPageOfTheSameSearch_byKeyboard(BrowserSession session) {
        io.outloud.community.CommunityStore store = server.hosts().plugin().bean(io.outloud.community.CommunityStore.class);
        for (int i = 0; i < 23; i++) {
            store.create(new io.outloud.community.Community("morepaged-" + i, "Morepaged " + (100 + i), "Paging by keyboard",
                    io.outloud.community.Community.Access.OPEN, List.of(), 0, "", "8a7f80a1-dirk", java.time.Instant.now()));
        }
        E2E.startAs(session, "chloe");
        long directory = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoCommunities.DIRECTORY).orElseThrow().id();
        session.open("/pages/viewpage.action?pageId=" + directory);
        WebElement list = session.waitFor("section.outloud-community-directory[data-outloud-ready=\"true\"]");
        list.findElement(By.cssSelector("input[name=\"q\"]")).sendKeys("morepaged");
        list.findElement(By.cssSelector("select[name=\"sort\"] option[value=\"name\"]")).click();
        list.findElement(By.cssSelector(".outloud-directory-filters button")).click();
        session.waitUntil(d -> list.findElements(By.cssSelector(".outloud-directory-entries .outloud-directory-item")).size() == 20);
        WebElement more = list.findElement(By.cssSelector(".outloud-directory-more"));
        assertTrue(more.isDisplayed(), "more follow");
        assertEquals("20 communities", text(list, ".outloud-directory-count"));
        session.assertNoSeriousViolations();

        more.sendKeys(Keys.ENTER);
        session.waitUntil(d -> list.findElements(By.cssSelector(".outloud-directory-entries .outloud-directory-item")).size() == 23);
        List<String> names = list.findElements(By.cssSelector(".outloud-directory-entries h4")).stream().map(WebElement::getText).toList();
        assertEquals("Morepaged 100", names.get(0));
        assertEquals("Morepaged 122", names.get(22));
        assertEquals(23, new HashSet<>(names).size(), "no repeats");
        session.waitUntil(d -> !more.isDisplayed());
        assertEquals("23 communities", text(list, ".outloud-directory-count"));
        assertEquals("Morepaged 120", session.executeScript("return document.activeElement.querySelector('h4').textContent;"),
                "the keyboard goes on at the first community it brought");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
    }

    @Test
    void membersOfFourDepartmentsOptIn_andThreeRoundsPairThemAcrossDepartments_neverTwice(BrowserSession session) {
        long pageId = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoCommunities.DATA).orElseThrow().id();
        Map<String, String> departments = Map.of("8a7f80a1-farid", "Research", "8a7f80a1-alice", "Engineering",
                "8a7f80a1-chloe", "Finance", "8a7f80a1-bruno", "Marketing");
        E2E.startAs(session, "farid");
        for (String name : List.of("farid", "alice", "chloe", "bruno")) {
            if (!name.equals("farid")) {
                E2E.actAs(session, name, "en");
            }
            session.open(E2E.viewPath(pageId));
            WebElement pairing = session.waitFor(".outloud-pairing");
            WebElement opt = pairing.findElement(By.cssSelector(".outloud-pairing-opt"));
            assertEquals("Take part", opt.getText().trim(), name + " is never enrolled without asking");
            opt.sendKeys(Keys.ENTER);
            session.waitForText(".outloud-pairing-opt", "Leave pairing");
            session.assertNoJsErrors();
        }
        session.assertNoSeriousViolations();

        PairingStore store = server.hosts().plugin().bean(PairingStore.class);
        Set<Set<String>> met = new HashSet<>();
        E2E.actAs(session, "farid", "en");
        for (int round = 1; round <= 3; round++) {
            session.open(E2E.viewPath(pageId));
            WebElement lead = session.waitFor(".outloud-pairing-lead");
            lead.findElement(By.cssSelector(".outloud-pairing-start")).click();
            session.waitForText(".outloud-pairing-start-text", "Round " + round + " made: 2 matches");
            Map<Long, Set<String>> pairs = new HashMap<>();
            for (PairingSeat seat : store.seatsOfRound("data-curious", round)) {
                pairs.computeIfAbsent(seat.matchId(), id -> new HashSet<>()).add(seat.userKey());
            }
            assertEquals(2, pairs.size(), "round " + round + ": two pairs of four people");
            for (Set<String> pair : pairs.values()) {
                assertEquals(2, pair.size());
                assertEquals(2, pair.stream().map(departments::get).distinct().count(), "across departments: " + pair);
                assertTrue(met.add(pair), "round " + round + " repeats " + pair);
            }
        }
        assertEquals(6, met.size(), "three rounds, six different pairs: everyone met everyone once");
        session.assertNoJsErrors();

        E2E.actAs(session, "alice", "en");
        session.open(E2E.viewPath(pageId));
        WebElement mine = session.waitFor(".outloud-pairing-current");
        String partner = mine.findElement(By.cssSelector(".outloud-pairing-partner-name")).getText().trim();
        assertTrue(List.of("Farid El Amrani", "Chlo\u00e9 Lef\u00e8vre", "Bruno Dubois").contains(partner), partner);
        mine.findElement(By.cssSelector(".outloud-pairing-met[data-met=\"true\"]")).click();
        session.waitForText(".outloud-pairing-answer-text", "You said you met.");
        session.assertNoJsErrors();
        session.assertNoSeriousViolations();
        session.screenshot("community-pairing");

        E2E.navigatesAway(session, () -> session.driver().findElement(By.id("outbox-link")).click());
        assertTrue(session.driver().findElements(By.cssSelector(".outloud-outbox-subject")).stream()
                .anyMatch(s -> s.getText().startsWith("Meet ") && s.getText().endsWith(": you are paired in Data curious")),
                "Alice was told of her partner");
    }
}
