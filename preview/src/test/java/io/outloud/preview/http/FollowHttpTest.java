package io.outloud.preview.http;

import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.host.SpacePermission;
import io.outloud.preview.web.RequestFilter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following over real HTTP: the REST resource under the REST module's access and XSRF rules, Active Objects, the stream's
 * "following" filter through REST and the macro, the follow buttons on block cards and community pages, and privacy:
 * nobody can learn who follows them.
 */
class FollowHttpTest extends DemoPreviewHttpTest {
    private static final String FOLLOWS = "/rest/outloud/1.0/follows";
    private static final String STREAM = "/rest/outloud/1.0/stream?filter=following";
    private static final String[] NO_CHECK = {"X-Atlassian-Token", "no-check"};
    private static final String FARIDS_STUCK = "Exporting survey results to our data warehouse";
    private static final String COMMUNITYS = "Which dashboards people actually open";

    private static PreviewClient.Response put(PreviewClient client, String path) throws Exception {
        return client.send("PUT", FOLLOWS + path, null, null, NO_CHECK);
    }

    private static PreviewClient.Response delete(PreviewClient client, String path) throws Exception {
        return client.send("DELETE", FOLLOWS + path, null, null, NO_CHECK);
    }

    @Test
    void followAPersonAndACommunity_theFollowingStreamShowsTheirBlocksOnly_andUnfollowingTakesThemAway() throws Exception {
        PreviewClient bruno = as("bruno");
        PreviewClient.Response followed = put(bruno, "/community/data-curious");
        assertEquals(200, followed.statusCode(), followed.body());
        assertTrue(followed.body().contains("\"following\":true"), followed.body());

        String stream = bruno.get(STREAM).body();
        assertTrue(stream.contains(COMMUNITYS), stream);
        assertFalse(stream.contains(FARIDS_STUCK), stream);

        assertEquals(200, put(bruno, "/person/farid").statusCode());
        stream = bruno.get(STREAM).body();
        assertTrue(stream.contains(COMMUNITYS) && stream.contains(FARIDS_STUCK), stream);
        for (String other : List.of("A glossary of finance terms", "New hire buddy programme", "Which onboarding questions come up most")) {
            assertFalse(stream.contains(other), other + " is by someone Bruno does not follow: " + stream);
        }
        String everything = bruno.get("/rest/outloud/1.0/stream").body();
        assertTrue(everything.contains("A glossary of finance terms"), "without the filter, everything: " + everything);

        String mine = bruno.get(FOLLOWS).body();
        assertTrue(mine.contains("{\"kind\":\"person\",\"target\":\"farid\",\"person\":{\"name\":\"Farid El Amrani\""), mine);
        assertTrue(mine.contains("{\"kind\":\"community\",\"target\":\"data-curious\""), mine);
        assertFalse(mine.contains("8a7f80a1-"), "no user key leaves: " + mine);
        assertTrue(bruno.get(FOLLOWS + "/check?target=person:farid&target=person:chloe&target=community:data-curious").body()
                .contains("{\"following\":[\"person:farid\",\"community:data-curious\"]}"));

        assertEquals(200, delete(bruno, "/person/farid").statusCode());
        assertEquals(200, delete(bruno, "/community/data-curious").statusCode());
        assertEquals(200, delete(bruno, "/community/data-curious").statusCode(), "unfollowing twice is no error");
        stream = bruno.get(STREAM).body();
        assertTrue(stream.startsWith("{\"items\":[],"), stream);
    }

    @Test
    void theStreamMacro_withFilterFollowing_showsOnlyWhatTheReaderFollows_andSignedInReadersGetTheSwitch() throws Exception {
        PreviewClient alice = as("alice");
        assertEquals(200, put(alice, "/label/export-macro").statusCode());
        long labelled = saver().create(DemoContent.TEAM, "Labelled for following", block("export-macro", "LABELLED-BLOCK"),
                "8a7f80a1-chloe");
        long other = saver().create(DemoContent.TEAM, "Not followed", block("elsewhere", "UNFOLLOWED-BLOCK"), "8a7f80a1-chloe");
        long streamPage = saver().create(DemoContent.TEAM, "Following stream", "<ac:structured-macro ac:name=\"working-out-loud-stream\""
                + " ac:schema-version=\"1\" ac:macro-id=\"following\"><ac:parameter ac:name=\"filter\">following</ac:parameter></ac:structured-macro>",
                "8a7f80a1-chloe");

        String page = alice.get("/pages/viewpage.action?pageId=" + streamPage).body();
        assertTrue(page.contains("LABELLED-BLOCK"), page);
        assertFalse(page.contains("UNFOLLOWED-BLOCK"), page);
        assertTrue(page.contains("data-filter=\"following\" data-next="), page);
        assertTrue(page.contains("aria-pressed=\"true\">Following</button>"), page);
        assertTrue(page.contains("aria-pressed=\"false\">Everything</button>"), page);

        String anonymous = new PreviewClient(server.baseUrl()).get("/pages/viewpage.action?pageId=" + streamPage).body();
        assertFalse(anonymous.contains("LABELLED-BLOCK"), "an anonymous reader follows nothing");
        assertFalse(anonymous.contains("outloud-stream-filter-button"), "and gets no switch");
        delete(alice, "/label/export-macro");
    }

    @Test
    void blockCardsAndCommunityPages_haveFollowButtons_forSignedInReadersOnly() throws Exception {
        String welcome = as("bruno").get("/pages/viewpage.action?pageId=" + welcomeId).body();
        assertTrue(welcome.contains("data-follow-kind=\"person\" data-follow-target=\"farid\" aria-pressed=\"false\" hidden>Follow Farid El Amrani</button>"),
                welcome);
        String own = as("farid").get("/pages/viewpage.action?pageId=" + welcomeId).body();
        assertFalse(own.contains("data-follow-target=\"farid\""), "nobody is offered to follow themselves");
        String anonymous = new PreviewClient(server.baseUrl()).get("/pages/viewpage.action?pageId=" + welcomeId).body();
        assertFalse(anonymous.contains("outloud-follow"), "anonymous readers get no follow buttons");

        long community = server.hosts().pages().findByTitle(DemoContent.TEAM, "Data curious").orElseThrow().id();
        String communityPage = as("bruno").get("/pages/viewpage.action?pageId=" + community).body();
        assertTrue(communityPage.contains("data-follow-kind=\"community\" data-follow-target=\"data-curious\""), communityPage);
    }

    @Test
    void refusals_invalidTargetsAre400_unknownOrUnseenOnes404_anonymous401_andForeignOrXsrfLessRequests403() throws Exception {
        PreviewClient chloe = as("chloe");
        assertEquals(400, put(chloe, "/space/TEAM").statusCode());
        assertEquals(400, put(chloe, "/label/not%20a%20label").statusCode());
        assertEquals(400, put(chloe, "/person/chloe").statusCode(), "oneself");
        assertTrue(put(chloe, "/person/chloe").body().contains("\"message\":\"You cannot follow yourself.\""));
        assertEquals(404, put(chloe, "/person/nobody-by-that-name").statusCode());
        assertEquals(404, put(chloe, "/community/no-such-community").statusCode());
        assertEquals(401, new PreviewClient(server.baseUrl()).send("PUT", FOLLOWS + "/label/export", null, null, NO_CHECK).statusCode());
        assertEquals(401, new PreviewClient(server.baseUrl()).get(FOLLOWS).statusCode());
        assertEquals(403, chloe.send("PUT", FOLLOWS + "/label/export", null, null, "X-Atlassian-Token", "no-check", "Origin", "http://evil.example")
                .statusCode());
        assertEquals(403, chloe.send("PUT", FOLLOWS + "/label/export", "application/x-www-form-urlencoded", "a=b").statusCode());
        assertEquals(400, chloe.get("/rest/outloud/1.0/stream?filter=friends").statusCode());
        assertEquals(400, chloe.get(STREAM + "&label=export").statusCode());
        assertTrue(chloe.get(FOLLOWS).body().startsWith("{\"items\":[]"), "nothing was followed");
    }

    @Test
    void nobodyCanSeeWhoFollowsThem() throws Exception {
        PreviewClient eva = as("eva");
        assertEquals(200, put(eva, "/person/dirk").statusCode());
        PreviewClient dirk = as("dirk");

        String dirksOwn = dirk.get(FOLLOWS).body();
        assertFalse(dirksOwn.contains("Eva") || dirksOwn.contains("eva"), dirksOwn);
        assertTrue(dirk.get(FOLLOWS + "/check?target=person:eva").body().contains("{\"following\":[]}"));
        for (String path : List.of(FOLLOWS + "/person/dirk", FOLLOWS + "/person/dirk/followers", FOLLOWS + "?person=dirk",
                FOLLOWS + "/followers")) {
            String body = dirk.get(path).body();
            assertFalse(body.contains("Eva de Vries") || body.contains("\"eva\""), path + ": " + body);
        }
        String admin = as("admin").get(FOLLOWS).body();
        assertFalse(admin.contains("dirk"), "not even a site admin reads someone else's follows: " + admin);
        String page = dirk.get("/pages/viewpage.action?pageId=" + welcomeId).body();
        assertFalse(page.contains("Eva de Vries follows") || page.contains("follower"), "no page says who follows whom");
        delete(eva, "/person/dirk");
    }

    @Test
    void myFollows_arePaged_twentyAtATime_withNext() throws Exception {
        PreviewClient farid = as("farid");
        for (int i = 0; i < 23; i++) {
            assertEquals(200, put(farid, "/label/paged-" + i).statusCode());
        }
        String first = farid.get(FOLLOWS).body();
        assertEquals(20, count(first, "\"kind\":\"label\""), first);
        String next = first.replaceAll("(?s).*\"next\":\"([^\"]+)\".*", "$1");
        String second = farid.get(FOLLOWS + "?cursor=" + next).body();
        assertEquals(3, count(second, "\"kind\":\"label\""), second);
        assertTrue(second.endsWith("\"next\":null}"), second);
        assertEquals(400, farid.get(FOLLOWS + "?cursor=nonsense").statusCode());
        for (int i = 0; i < 23; i++) {
            delete(farid, "/label/paged-" + i);
        }
    }

    @Test
    void statementsPerFollowingStreamPage_doNotGrowWithTheItemsShown() throws Exception {
        server.hosts().spaces().create("FOL", "Following", false);
        server.hosts().spaces().grant("FOL", "8a7f80a1-farid", SpacePermission.VIEW, SpacePermission.EDIT);
        server.hosts().spaces().grant("FOL", "8a7f80a1-alice", SpacePermission.VIEW);
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            blocks.append(block("counted", "COUNTED-" + i));
        }
        long pageId = saver().create("FOL", "Many by Farid", blocks.toString(), "8a7f80a1-farid");
        PreviewClient alice = as("alice");
        alice.get("/pages/viewpage.action?pageId=" + pageId);
        put(alice, "/person/farid");
        put(alice, "/label/counted");
        List<Long> statements = new ArrayList<>();
        for (int limit : new int[]{1, 5, 10}) {
            PreviewClient.Response page = alice.get(STREAM + "&space=FOL&limit=" + limit);
            assertEquals(limit, count(page.body(), "\"workingOn\":\"COUNTED-"), page.body());
            statements.add(Long.parseLong(page.header(RequestFilter.SQL_HEADER).orElseThrow()));
        }
        assertEquals(statements.get(0), statements.get(1), "1 vs 5 items: " + statements);
        assertEquals(statements.get(0), statements.get(2), "1 vs 10 items: " + statements);
        delete(alice, "/person/farid");
        delete(alice, "/label/counted");
    }

    /** Saves as the editor does, so the page event tags the blocks with their labels. */
    private static DemoContent.Saver saver() {
        return new DemoContent.Saver(server.hosts().pages(), server.hosts().events());
    }

    private static String block(String label, String workingOn) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"" + workingOn.toLowerCase() + "\">"
                + "<ac:parameter ac:name=\"working-on\">" + workingOn + "</ac:parameter><ac:parameter ac:name=\"labels\">" + label + "</ac:parameter>"
                + "<ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
