package io.outloud.preview.http;

import io.outloud.community.CommunityMembers;
import io.outloud.community.CommunityStore;
import io.outloud.community.Membership;
import io.outloud.preview.demo.DemoCommunities;
import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.web.RequestFilter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.atlassian.scheduler.config.JobId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Communities over real HTTP: the demo communities rendered through the macro and Velocity, the REST resource under the
 * REST module's access and XSRF rules through Active Objects (create, 409 for a name taken, 404 for unknown, 403 for
 * a member who is not a lead), joining open and closed communities, the leads' management, asks that reach members'
 * mail and stream, the member list paged by department with a fixed number of statements, the directory, and the
 * community's data surviving its page. Each test that writes uses a community of its own.
 */
class CommunitiesHttpTest extends ThoughtHttpSupport {
    private static final String REST = "/rest/outloud/1.0/communities";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static String uniqueName(String stem) {
        return stem + " " + NAMES.incrementAndGet();
    }

    /** Makes a community through the form's REST call as this person; its key. */
    private static String create(PreviewClient client, String name, String access) throws Exception {
        PreviewClient.Response made = client.postJson(REST, "{\"name\":" + PreviewClient.json(name) + ",\"curiosity\":\"Why?\",\"access\":\""
                + access + "\",\"labels\":\"test\"}");
        assertEquals(201, made.statusCode(), made.body());
        String body = made.body();
        String key = body.substring(body.indexOf("\"key\":\"") + 7);
        return key.substring(0, key.indexOf('"'));
    }

    /** The communities a directory answer lists, without its suggestions (which no filter narrows). */
    private static String listed(String directoryJson) {
        return directoryJson.substring(0, directoryJson.indexOf("\"suggestions\":"));
    }

    private static String community(String key) {
        return REST + "/" + key;
    }

    private static Element communityIn(String html, String key) {
        Element section = Jsoup.parse(html).getElementById("outloud-community-" + key);
        assertNotNull(section, "no community " + key + " in " + html);
        return section;
    }

    private static String servletPage(PreviewClient client, String key) throws Exception {
        PreviewClient.Response page = client.get("/plugins/servlet/outloud/community?key=" + key);
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    @Test
    void theDemoCommunity_showsItsDepartments_membersByDepartment_recentWork_andItsAsk() throws Exception {
        long pageId = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoCommunities.DATA).orElseThrow().id();
        Element data = communityIn(view(as("alice"), pageId), "data-curious");

        assertEquals("Data curious", data.selectFirst(".outloud-community-name").text());
        assertEquals("Curious about: How do we decide with data we only half trust?", data.selectFirst(".outloud-community-curiosity").text());
        assertEquals(List.of("data", "analytics"), data.select(".outloud-community-labels li").eachText());
        assertEquals("Lead: Farid El Amrani", data.selectFirst(".outloud-community-leads").text());
        assertEquals("4 members from 4 departments", data.selectFirst(".outloud-community-count").text());
        assertNull(data.selectFirst(".outloud-community-chart"), "no department reaches the minimum group size of 5: nothing to draw");
        assertEquals(List.of("Engineering: a few members", "Finance: a few members", "Marketing: a few members", "Research: a few members"),
                data.select(".outloud-community-shares button").eachText());
        assertEquals(List.of("Engineering", "Finance", "Marketing", "Research"), data.select(".outloud-community-group h5").eachText());
        assertEquals("Not here yet: Customer Support, HR, IT", data.selectFirst(".outloud-community-missing").text(),
                "the site's departments that have no member here");
        assertEquals("Open to talk about: Kotlin, bouldering, why builds get slow",
                data.selectFirst(".outloud-community-group[data-department=Engineering] .outloud-community-open-to").text());
        assertEquals("Farid El Amrani Lead Open to talk about: forecasting, chess, Moroccan cooking",
                data.selectFirst(".outloud-community-group[data-department=Research] li").text());
        assertEquals("You are a member.", data.selectFirst(".outloud-community-state").text());
        assertNotNull(data.selectFirst("button.outloud-community-leave"));
        assertNull(data.selectFirst(".outloud-community-leading"), "Alice does not lead it");
        assertEquals("Working out loud Which dashboards people actually open by Farid El Amrani Data curious",
                data.selectFirst(".outloud-community-work-list li").text());
        assertTrue(data.selectFirst(".outloud-community-ask").text().startsWith("Chlo\u00e9 Lef\u00e8vre (Finance) asks:"));
        assertNotNull(data.selectFirst("form.outloud-community-ask-form"), "a member may ask");

        Element asFarid = communityIn(view(as("farid"), pageId), "data-curious");
        assertEquals("You lead this community.", asFarid.selectFirst(".outloud-community-state").text());
        assertNotNull(asFarid.selectFirst(".outloud-community-leading"));
        assertEquals(3, asFarid.select("button.outloud-community-hand-over").size(), "to any member who is not a lead");

        String forMember = as("alice").get(community("data-curious") + "/members").body();
        assertTrue(forMember.contains("\"name\":\"Chlo\u00e9 Lef\u00e8vre\"") && !forMember.contains("8a7f80a1-"), "no user keys but to leads: " + forMember);
        assertFalse(data.outerHtml().contains("data-user-key"), "nor in Alice's page");
        assertTrue(as("farid").get(community("data-curious") + "/members").body().contains("\"userKey\":\"8a7f80a1-chloe\""), "Farid leads it");
        assertFalse(as("alice").get(community("data-curious")).body().contains("8a7f80a1-"));
        assertEquals(401, anonymous().get(community("data-curious") + "/members").statusCode(), "who is in it is for people signed in");
        assertEquals(401, anonymous().get(community("data-curious") + "/asks").statusCode());
        assertTrue(as("eva").get(community("data-curious") + "/asks").body().contains("\"asks\":[]"), "asks are for members");

        Element asAnonymous = communityIn(view(anonymous(), pageId), "data-curious");
        assertEquals("Log in to join this community.", asAnonymous.selectFirst(".outloud-community-actions p").text());
        assertNull(asAnonymous.selectFirst("button.outloud-community-join"));
        assertNull(asAnonymous.selectFirst("form"));
        assertTrue(asAnonymous.select(".outloud-community-member, .outloud-community-ask").isEmpty(), "no names for anonymous readers");
        assertEquals("4 members from 4 departments", asAnonymous.selectFirst(".outloud-community-count").text(), "the counts are for everyone");
    }

    @Test
    void create_answers201_aTakenNameIs409_badInputIs400_anonymousIs401_andFormLikePostsAreRefused() throws Exception {
        PreviewClient dirk = as("dirk");
        String name = uniqueName("Mentoring");
        String key = create(dirk, name, "open");
        assertTrue(key.startsWith("mentoring-"), key);
        String overview = dirk.get(community(key)).body();
        assertTrue(overview.contains("\"me\":{\"state\":\"member\",\"member\":true,\"lead\":true}"), overview);
        assertTrue(overview.contains("\"path\":\"/plugins/servlet/outloud/community?key=" + key + "\""), overview);

        PreviewClient.Response taken = as("alice").postJson(REST, "{\"name\":" + PreviewClient.json(name.toUpperCase()) + "}");
        assertEquals(409, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("A community called \\\"" + name.toUpperCase() + "\\\" exists already."), taken.body());
        assertEquals(400, dirk.postJson(REST, "{\"curiosity\":\"no name\"}").statusCode());
        assertEquals(400, dirk.postJson(REST, "{\"name\":\"" + "n".repeat(81) + "\"}").statusCode());
        PreviewClient.Response access = dirk.postJson(REST, "{\"name\":\"Bad access\",\"access\":\"secret\"}");
        assertEquals(400, access.statusCode());
        assertTrue(access.body().contains("Joining must be one of: open, closed."), access.body());
        assertEquals(400, dirk.postJson(REST, "{\"name\":\"Bad label\",\"labels\":\"<b>\"}").statusCode());
        assertEquals(400, dirk.postJson(REST, "not json").statusCode());
        assertEquals(401, anonymous().postJson(REST, "{\"name\":\"Anonymous\"}").statusCode());
        assertEquals(403, dirk.post(REST, "text/plain", "{\"name\":\"Forged\"}").statusCode());
        assertEquals(403, dirk.post(REST, "application/x-www-form-urlencoded", "{\"name\":\"Forged\"}").statusCode());
        assertFalse(dirk.get(REST + "?q=forged").body().contains("Forged"), "nothing made");

        assertEquals(404, dirk.get(community("no-such-community")).statusCode());
        assertEquals(404, dirk.get(community("%3Cscript%3E")).statusCode());
        assertEquals(404, anonymous().get(community(key)).statusCode(), "a community without a page is for people signed in");
        assertTrue(servletPage(as("eva"), key).contains(name), "its own page");
        assertEquals(404, as("eva").get("/plugins/servlet/outloud/community?key=nope").statusCode());
    }

    @Test
    void aClosedCommunity_takesRequests_whichOnlyALeadApproves_andTheLeadRoleIsHandedOver() throws Exception {
        PreviewClient dirk = as("dirk");
        String key = create(dirk, uniqueName("Closed circle"), "closed");
        PreviewClient bruno = as("bruno");
        int brunoMails = outboxCount(bruno);
        int dirkMails = outboxCount(dirk);

        PreviewClient.Response asked = bruno.send("PUT", community(key) + "/members/me", null, null, "X-Atlassian-Token", "no-check");
        assertEquals(200, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("\"state\":\"requested\""), asked.body());
        assertTrue(asked.body().contains("Your request is with the leads."), asked.body());
        assertEquals(dirkMails + 1, outboxCount(dirk), "the lead hears of the request");
        assertTrue(mainContent(dirk.get("/outbox").body()).contains("Bruno Dubois asks to join"));

        String userKey = "{\"userKey\":\"8a7f80a1-bruno\"}";
        PreviewClient.Response notLead = as("alice").postJson(community(key) + "/requests/approve", userKey);
        assertEquals(403, notLead.statusCode());
        assertTrue(notLead.body().contains("Only the community\\u0027s leads may do that."), notLead.body());
        assertEquals(403, dirk.post(community(key) + "/requests/approve", "text/plain", userKey).statusCode(), "XSRF");
        String leadView = servletPage(dirk, key);
        assertEquals(List.of("Bruno Dubois Marketing Approve Decline"), Jsoup.parse(leadView).select(".outloud-community-requests li").eachText());

        PreviewClient.Response approved = dirk.postJson(community(key) + "/requests/approve", userKey);
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"members\":2"), approved.body());
        assertEquals(brunoMails + 1, outboxCount(bruno), "Bruno hears he is in");
        assertEquals(404, dirk.postJson(community(key) + "/requests/approve", userKey).statusCode(), "no request any more");

        assertEquals(409, dirk.send("DELETE", community(key) + "/members/me", null, null, "X-Atlassian-Token", "no-check").statusCode(), "the only lead stays until handing over");
        assertEquals(403, bruno.postJson(community(key) + "/lead", "{\"userKey\":\"8a7f80a1-dirk\"}").statusCode());
        assertEquals(404, dirk.postJson(community(key) + "/lead", "{\"userKey\":\"8a7f80a1-farid\"}").statusCode(), "not a member");
        PreviewClient.Response handed = dirk.postJson(community(key) + "/lead", userKey);
        assertEquals(200, handed.statusCode(), handed.body());
        assertTrue(bruno.get(community(key)).body().contains("\"lead\":true}"), "Bruno leads now");
        assertTrue(dirk.get(community(key)).body().contains("\"me\":{\"state\":\"member\",\"member\":true,\"lead\":false}"));
        assertEquals(200, dirk.send("DELETE", community(key) + "/members/me", null, null, "X-Atlassian-Token", "no-check").statusCode(), "now Dirk may leave");
    }

    @Test
    void leads_inviteByUsername_removeMembers_andAnInvitationOpensAClosedCommunity() throws Exception {
        PreviewClient eva = as("eva");
        String key = create(eva, uniqueName("Invited circle"), "closed");
        assertEquals(404, eva.postJson(community(key) + "/invitations", "{\"username\":\"nobody-here\"}").statusCode());
        assertEquals(403, as("chloe").postJson(community(key) + "/invitations", "{\"username\":\"farid\"}").statusCode());
        PreviewClient.Response invited = eva.postJson(community(key) + "/invitations", "{\"username\":\"farid\"}");
        assertEquals(200, invited.statusCode(), invited.body());
        assertTrue(invited.body().contains("Farid El Amrani is invited."), invited.body());
        assertTrue(invited.body().contains("\"invited\":[{\"name\":\"Farid El Amrani\""), invited.body());

        PreviewClient farid = as("farid");
        PreviewClient.Response accepted = farid.send("PUT", community(key) + "/members/me", null, null, "X-Atlassian-Token", "no-check");
        assertTrue(accepted.body().contains("\"state\":\"member\""), "an invitation needs no approval: " + accepted.body());
        assertEquals(409, eva.postJson(community(key) + "/invitations", "{\"username\":\"farid\"}").statusCode(), "a member already");

        assertEquals(403, farid.send("DELETE", community(key) + "/members/8a7f80a1-eva", null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(409, eva.send("DELETE", community(key) + "/members/8a7f80a1-eva", null, null, "X-Atlassian-Token", "no-check").statusCode(), "a lead is not removed");
        assertEquals(204, eva.send("DELETE", community(key) + "/members/8a7f80a1-farid", null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertTrue(farid.get(community(key) + "/members/me").body().contains("\"state\":\"none\""));
    }

    @Test
    void anAsk_reachesEveryOtherMember_inTheirMailAndStream_andOnlyMembersAsk() throws Exception {
        PreviewClient alice = as("alice");
        String key = create(alice, uniqueName("Askers"), "open");
        PreviewClient chloe = as("chloe");
        assertEquals(200, chloe.send("PUT", community(key) + "/members/me", null, null, "X-Atlassian-Token", "no-check").statusCode());

        assertEquals(403, as("bruno").postJson(community(key) + "/asks", "{\"text\":\"Not a member\"}").statusCode());
        assertEquals(400, alice.postJson(community(key) + "/asks", "{\"text\":\"  \"}").statusCode());
        assertEquals(400, alice.postJson(community(key) + "/asks", "{\"text\":\"" + "x".repeat(501) + "\"}").statusCode());
        assertEquals(403, alice.post(community(key) + "/asks", "text/plain", "{\"text\":\"FORGED\"}").statusCode());
        PreviewClient.Response asked = alice.postJson(community(key) + "/asks", "{\"text\":\"Who has tried <b>DuckDB</b>?\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("\"text\":\"Who has tried \\u003cb\\u003eDuckDB\\u003c/b\\u003e?\""),
                "JSON carries the text as written, with markup characters escaped: " + asked.body());

        tellAsks();
        // (The job tells every ask waiting, other tests' too: the mails about this one are counted.)
        assertEquals(1, mailsAbout(chloe, "DuckDB").size());
        assertEquals(0, mailsAbout(alice, "DuckDB").size(), "the asker is not told of her own ask");
        tellAsks();
        assertEquals(1, mailsAbout(chloe, "DuckDB").size(), "told once");
        String mailHtml = mailsAbout(chloe, "DuckDB").get(0);
        assertTrue(mailHtml.contains("<blockquote>Who has tried &lt;b&gt;DuckDB&lt;/b&gt;?</blockquote>"), "escaped in the mail: " + mailHtml);
        assertFalse(mailHtml.contains("<b>"), "never as markup");

        long streamPage = savePage("Stream for asks " + key, "<ac:structured-macro ac:name=\"working-out-loud-stream\" ac:schema-version=\"1\">"
                + "</ac:structured-macro>", "8a7f80a1-eva");
        Element asks = Jsoup.parse(view(chloe, streamPage)).selectFirst(".outloud-stream-asks");
        assertNotNull(asks, "Chloé's stream shows her communities' asks");
        assertTrue(asks.text().contains("Who has tried <b>DuckDB</b>?"), asks.text());
        assertNull(asks.selectFirst("b"), "as text, never markup");
        Element forBruno = Jsoup.parse(view(as("bruno"), streamPage)).selectFirst(".outloud-stream-asks");
        assertTrue(forBruno == null || !forBruno.text().contains("DuckDB"), "Bruno is not a member");
    }

    private static final JobId ASK_JOB = JobId.of("io.outloud.community.ask-fan-out");

    /** A turn of the job that tells asks, on this node, as the scheduler would run it. */
    private static void tellAsks() {
        server.hosts().scheduler().makeDue(ASK_JOB);
        server.hosts().scheduler().runDueJobs();
    }

    @Test
    void aFourthAskOfTheDay_is429_inTheReadersLanguage_andAnotherCommunityOrMemberMayStillAsk() throws Exception {
        PreviewClient alice = as("alice");
        String key = create(alice, uniqueName("Limited"), "open");
        String other = create(alice, uniqueName("Other"), "open");
        PreviewClient chloe = as("chloe");
        assertEquals(200, chloe.send("PUT", community(key) + "/members/me", null, null, "X-Atlassian-Token", "no-check").statusCode());
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, alice.postJson(community(key) + "/asks", "{\"text\":\"Ask " + i + "\"}").statusCode());
        }

        PreviewClient.Response fourth = alice.postJson(community(key) + "/asks", "{\"text\":\"Ask 4\"}");
        assertEquals(429, fourth.statusCode(), fourth.body());
        assertTrue(fourth.body().contains("You have asked this community 3 times today"), fourth.body());
        PreviewClient.Response inDutch = new PreviewClient(server.baseUrl()).actAs("alice", "nl")
                .postJson(community(key) + "/asks", "{\"text\":\"Ask 5\"}");
        new PreviewClient(server.baseUrl()).actAs("alice", "en"); // her mail stays English for the other tests
        assertEquals(429, inDutch.statusCode());
        assertTrue(inDutch.body().contains("Je hebt deze community vandaag 3 keer iets gevraagd"), inDutch.body());
        assertEquals(201, alice.postJson(community(other) + "/asks", "{\"text\":\"Elsewhere\"}").statusCode());
        assertEquals(201, chloe.postJson(community(key) + "/asks", "{\"text\":\"Chlo\u00e9 asks\"}").statusCode());
        assertEquals(4, alice.get(community(key) + "/asks").body().split("\"removable\":", -1).length - 1, "three of hers and Chlo\u00e9's");
    }

    @Test
    void anAsk_isRemovedByItsAskerOrALead_notByOtherMembers_andThenNobodyElseIsTold() throws Exception {
        PreviewClient eva = as("eva");
        String key = create(eva, uniqueName("Removals"), "open");
        PreviewClient chloe = as("chloe");
        PreviewClient bruno = as("bruno");
        assertEquals(200, chloe.send("PUT", community(key) + "/members/me", null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(200, bruno.send("PUT", community(key) + "/members/me", null, null, "X-Atlassian-Token", "no-check").statusCode());
        long first = askId(chloe.postJson(community(key) + "/asks", "{\"text\":\"REMOVED-BY-LEAD\"}"));
        long second = askId(chloe.postJson(community(key) + "/asks", "{\"text\":\"REMOVED-BY-ASKER\"}"));
        assertTrue(bruno.get(community(key) + "/asks").body().contains("\"removable\":false"), "not Bruno's to remove");

        assertEquals(403, bruno.send("DELETE", community(key) + "/asks/" + first, null, null, "X-Atlassian-Token", "no-check").statusCode(), "another member");
        assertEquals(401, anonymous().send("DELETE", community(key) + "/asks/" + first, null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(404, as("dirk").send("DELETE", community(key) + "/asks/" + first, null, null, "X-Atlassian-Token", "no-check").statusCode(), "not in it: no such ask");
        PreviewClient.Response byLead = eva.send("DELETE", community(key) + "/asks/" + first, null, null, "X-Atlassian-Token", "no-check");
        assertEquals(200, byLead.statusCode(), byLead.body());
        assertTrue(byLead.body().contains("The ask is removed"), byLead.body());
        assertEquals(200, chloe.send("DELETE", community(key) + "/asks/" + second, null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(404, chloe.send("DELETE", community(key) + "/asks/" + second, null, null, "X-Atlassian-Token", "no-check").statusCode(), "removed already");

        int evaMails = outboxCount(eva); // (the job may have had a turn of its own since the asks: what is told stays told)
        tellAsks();
        assertEquals(evaMails, outboxCount(eva), "removed before the queue got to it: nobody told");
        assertFalse(bruno.get(community(key) + "/asks").body().contains("REMOVED-BY"));
        assertEquals(201, chloe.postJson(community(key) + "/asks", "{\"text\":\"Third\"}").statusCode());
        assertEquals(429, chloe.postJson(community(key) + "/asks", "{\"text\":\"Fourth\"}").statusCode(), "removed asks still count");
    }

    /** The HTML of the person's mails that mention this (the outbox shows each mail's HTML in a srcdoc attribute). */
    private static List<String> mailsAbout(PreviewClient client, String needle) throws Exception {
        return Jsoup.parse(client.get("/outbox").body()).select("iframe.outloud-outbox-body").stream().map(frame -> frame.attr("srcdoc"))
                .filter(html -> html.contains(needle)).toList();
    }

    private static long askId(PreviewClient.Response asked) {
        assertEquals(201, asked.statusCode(), asked.body());
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"asks\":\\[\\{\"id\":(\\d+)").matcher(asked.body());
        assertTrue(id.find(), asked.body());
        return Long.parseLong(id.group(1));
    }

    @Test
    void members_comeByDepartmentInPages_andARenderUsesTheSameStatements_for5Or60Members() throws Exception {
        CommunityMembers members = server.hosts().plugin().bean(CommunityMembers.class);
        List<Long> statements = new ArrayList<>();
        String lastKey = null;
        for (int size : new int[]{5, 60}) {
            String name = uniqueName("Big" + size);
            long pageId = savePage("Community x" + size, "<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\" ac:macro-id=\"big-" + size + "\">"
                    + "<ac:parameter ac:name=\"name\">" + name + "</ac:parameter></ac:structured-macro>", "8a7f80a1-eva");
            String key = server.hosts().plugin().bean(CommunityStore.class).homedOn(pageId).get(0).key();
            for (int i = 0; i < size; i++) {
                String department = i % 3 == 0 ? "" : "Dept " + (char) ('A' + i % 4);
                String userKey = "8a7f80a1-gen-" + size + "-" + i;
                server.hosts().users().save(new PreviewUser(userKey, "gen" + size + "x" + i, "Generated " + i, "gen" + i + "@example.test",
                        department, "Tester", false));
                members.put(new Membership(key, userKey, Membership.State.MEMBER, Membership.Role.MEMBER, department,
                        Instant.ofEpochSecond(1_000_000 + i)));
            }
            PreviewClient alice = as("alice");
            String path = "/pages/viewpage.action?pageId=" + pageId;
            assertEquals(200, alice.get(path).statusCode());
            PreviewClient.Response page = alice.get(path);
            statements.add(Long.parseLong(page.header(RequestFilter.SQL_HEADER).orElseThrow()));
            Document html = Jsoup.parse(page.body());
            assertEquals(Math.min(30, size + 1), html.select(".outloud-community-member").size());
            lastKey = key;
        }
        assertEquals(statements.get(0), statements.get(1), "5 vs 60 members: " + statements);

        PreviewClient alice = as("alice");
        String first = alice.get(community(lastKey) + "/members?offset=0&limit=30").body();
        assertTrue(first.contains("\"next\":30"), first);
        String last = alice.get(community(lastKey) + "/members?offset=60&limit=30").body();
        assertTrue(last.contains("\"next\":null"), last);
        assertTrue(last.contains("\"department\":null"), "members without a department come last: " + last);
        String deptB = alice.get(community(lastKey) + "/members?department=Dept%20B&limit=100").body();
        assertFalse(deptB.contains("Dept A") || deptB.contains("Dept C"), deptB);
        assertEquals(400, alice.get(community(lastKey) + "/members?limit=101").statusCode());
        assertEquals(400, alice.get(community(lastKey) + "/members?offset=-1").statusCode());
    }

    @Test
    void theDirectory_searches_filters_sorts_andSuggestsCommunitiesThatConnectNewDepartments() throws Exception {
        PreviewClient eva = as("eva");
        String all = eva.get(REST + "?sort=name&limit=50").body();
        assertTrue(all.contains("\"name\":\"Data curious\""), all);
        assertTrue(all.contains("\"name\":\"Onboarding circle\""), all);
        String suggestions = all.substring(all.indexOf("\"suggestions\":"));
        assertTrue(suggestions.contains("\"key\":\"data-curious\""), "Eva (Support) has met none of Data curious's departments: " + all);
        assertTrue(suggestions.contains("\"newDepartments\":[\"Engineering\",\"Finance\",\"Marketing\",\"Research\"]"), all);
        assertFalse(suggestions.contains("\"key\":\"onboarding-circle\""), "Eva is in it already");

        String search = listed(eva.get(REST + "?q=HALF%20TRUST").body());
        assertTrue(search.contains("Data curious") && !search.contains("Onboarding circle"), "curiosity is searched, ignoring case: " + search);
        String label = listed(eva.get(REST + "?label=onboarding").body());
        assertTrue(label.contains("Onboarding circle") && !label.contains("\"name\":\"Data curious\""), label);
        String department = listed(eva.get(REST + "?department=Finance").body());
        assertTrue(department.contains("Data curious") && !department.contains("\"name\":\"Onboarding circle\""), department);
        String bySize = eva.get(REST + "?sort=size").body();
        assertTrue(bySize.indexOf("\"name\":\"Data curious\"") < bySize.indexOf("\"name\":\"Onboarding circle\""), bySize);
        assertEquals(400, eva.get(REST + "?sort=colour").statusCode());
        assertEquals(400, eva.get(REST + "?q=" + "q".repeat(101)).statusCode());

        String anonymousList = anonymous().get(REST).body();
        assertTrue(anonymousList.contains("\"suggestions\":[]"), anonymousList);
        assertTrue(anonymousList.contains("Data curious"), "its page is public");

        long directoryPage = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoCommunities.DIRECTORY).orElseThrow().id();
        Document page = Jsoup.parse(view(eva, directoryPage));
        assertTrue(page.select(".outloud-directory-suggestion").eachText()
                .contains("Data curious connects you with Engineering, Finance, Marketing, Research"), page.select(".outloud-directory-suggestions").text());
        List<String> firstPage = listedNames(eva.get(REST).body());
        assertEquals(firstPage, page.select(".outloud-directory-item h4").eachText(), "the page shows REST's first page (other tests add communities)");
        assertEquals(firstPage.size() == 20, page.selectFirst(".outloud-directory-more").attr("data-next").matches("\\d+-\\d+"));
        assertNotNull(page.selectFirst("form.outloud-directory-create-form"));
        assertNull(Jsoup.parse(view(anonymous(), directoryPage)).selectFirst("form.outloud-directory-create-form"));
    }

    /** The names a directory answer lists, in order, without its suggestions. */
    private static List<String> listedNames(String directoryJson) {
        List<String> names = new java.util.ArrayList<>();
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("\"name\":\"([^\"]*)\"").matcher(listed(directoryJson));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    @Test
    void theDirectory_comesAPageAtATime_inEachSort_withTheCursorOfTheNext() throws Exception {
        PreviewClient carol = as("dirk");
        String label = "paging" + NAMES.incrementAndGet();
        List<String> made = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String name = uniqueName("Paged " + (char) ('a' + (i * 7) % 23));
            PreviewClient.Response response = carol.postJson(REST, "{\"name\":" + PreviewClient.json(name)
                    + ",\"curiosity\":\"Paging\",\"access\":\"open\",\"labels\":\"" + label + "\"}");
            assertEquals(201, response.statusCode(), response.body());
            made.add(name);
        }
        for (String sort : List.of("name", "size", "activity")) {
            List<String> walked = new java.util.ArrayList<>();
            String cursor = "";
            int pages = 0;
            do {
                PreviewClient.Response page = carol.get(REST + "?label=" + label + "&sort=" + sort + "&limit=10&cursor=" + cursor);
                assertEquals(200, page.statusCode(), page.body());
                walked.addAll(listedNames(page.body()));
                java.util.regex.Matcher next = java.util.regex.Pattern.compile("\"next\":\"(\\d+-\\d+)\"").matcher(page.body());
                cursor = next.find() ? next.group(1) : null;
                if (cursor == null) {
                    assertTrue(page.body().contains("\"next\":null"), page.body());
                }
                pages++;
            } while (cursor != null);
            assertEquals(3, pages, sort + ": 10 + 10 + 3");
            assertEquals(23, walked.size(), sort + ": " + walked);
            assertEquals(new java.util.HashSet<>(made), new java.util.HashSet<>(walked), sort + ": no repeats, no skips");
            if (sort.equals("name")) {
                List<String> byName = new java.util.ArrayList<>(made);
                byName.sort(String.CASE_INSENSITIVE_ORDER);
                assertEquals(byName, walked);
            }
        }
        assertEquals(20, listedNames(carol.get(REST + "?label=" + label).body()).size(), "20 by default");
        assertEquals(23, listedNames(carol.get(REST + "?label=" + label + "&limit=500").body()).size(), "at most 50: all 23 here");
        assertEquals(400, carol.get(REST + "?cursor=soon").statusCode());
        assertEquals(400, carol.get(REST + "?sort=name&cursor=0-999999999").statusCode(), "a community gone since");
    }

    @Test
    void aCommunityWhosePageIsDeleted_keepsItsData_forItsMembers_untilALeadRemovesIt() throws Exception {
        PreviewClient eva = as("eva"); // a team space admin: she trashes and purges
        String name = uniqueName("Short-lived");
        long pageId = createPage(eva, DemoContent.TEAM, "Page of " + name, "<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\" ac:macro-id=\"short-1\">"
                + "<ac:parameter ac:name=\"name\">" + name + "</ac:parameter><ac:parameter ac:name=\"access\">open</ac:parameter></ac:structured-macro>");
        String key = communityIn(view(eva, pageId), server.hosts().plugin().bean(CommunityStore.class).homedOn(pageId).get(0).key())
                .attr("data-community-key");
        assertTrue(eva.get(community(key)).body().contains("\"lead\":true}"), "the saver leads it");
        PreviewClient bruno = as("bruno");
        assertEquals(200, bruno.send("PUT", community(key) + "/members/me", null, null, "X-Atlassian-Token", "no-check").statusCode());

        PreviewClient.Response homed = eva.send("DELETE", community(key), null, null, "X-Atlassian-Token", "no-check");
        assertEquals(409, homed.statusCode(), "its macro would make it again on the next save");
        assertTrue(homed.body().contains("remove its macro from the page"), homed.body());
        assertEquals(302, eva.postForm("/pages/trashpage.action?pageId=" + pageId, "atl_token=" + eva.formToken()).statusCode());
        assertEquals(302, eva.postForm("/pages/purgepage.action?pageId=" + pageId, "atl_token=" + eva.formToken()).statusCode());
        String kept = bruno.get(community(key)).body();
        assertTrue(kept.contains("\"members\":2"), "kept, for its members: " + kept);
        assertTrue(kept.contains("\"path\":\"/plugins/servlet/outloud/community?key=" + key + "\""), kept);
        assertEquals(404, as("farid").get(community(key)).statusCode(), "its page may have been restricted: members only now");

        assertEquals(403, bruno.send("DELETE", community(key), null, null, "X-Atlassian-Token", "no-check").statusCode());
        assertEquals(204, eva.send("DELETE", community(key), null, null, "X-Atlassian-Token", "no-check").statusCode(), "its page is gone: a lead removes it");
        assertEquals(404, eva.get(community(key)).statusCode());
        assertTrue(server.hosts().plugin().bean(CommunityMembers.class).memberKeys(key).isEmpty(), "its memberships went with it");
    }

    @Test
    void aBadParameter_isNamedOnTheMacro_andANewNameWaitsForTheSave() throws Exception {
        long pageId = server.hosts().pages().create(DemoContent.TEAM, "Bad community macros",
                "<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\"><ac:parameter ac:name=\"name\">Fine name here</ac:parameter>"
                        + "<ac:parameter ac:name=\"access\">sometimes</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\"></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\"><ac:parameter ac:name=\"name\">Not saved yet</ac:parameter>"
                        + "</ac:structured-macro>", "8a7f80a1-eva");
        Document page = Jsoup.parse(view(as("alice"), pageId));
        assertEquals(List.of("This community macro needs a fix: Joining must be one of: open, closed.",
                "This community macro needs a fix: Give the community a name."), page.select(".outloud-community-errors").eachText());
        assertEquals("There is no community called \"Not saved yet\" to show yet. Saving the page makes it, with you as its lead.",
                page.selectFirst(".outloud-community-notice").text());
    }
}
