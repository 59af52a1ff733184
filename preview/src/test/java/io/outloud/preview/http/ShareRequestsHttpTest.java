package io.outloud.preview.http;

import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ask to share over real HTTP: the REST resource under the REST module's access and XSRF rules, Active Objects, the
 * editor's save publishing the page event that answers a request, the block card and the requests macro rendered
 * through Velocity, and the host's mail queue landing in the outbox. Requests are read back as every demo person:
 * only the asker and the askee ever see one.
 */
class ShareRequestsHttpTest extends DemoPreviewHttpTest {
    private static final String REQUESTS = "/rest/outloud/1.0/share-requests";
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final List<String> EVERYONE = List.of("admin", "alice", "bruno", "chloe", "dirk", "eva", "farid");

    @Test
    void askFromABlock_theAuthorSeesIt_answersWithABlock_andTheAskerIsToldAndSeesTheAnswer() throws Exception {
        PreviewClient chloe = as("chloe");
        PreviewClient farid = as("farid");
        int faridMails = outboxCount(farid);
        int chloeMails = outboxCount(chloe);

        PreviewClient.Response asked = chloe.postJson(REQUESTS, ask(welcomeId, welcomeBlocks.get(2), "CHLOE-TOPIC <b>how you page exports</b>"));
        assertEquals(201, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("\"confirmation\":\"Asked. Farid El Amrani will see your request.\""), asked.body());
        assertFalse(asked.body().contains("8a7f80a1-"), "no user key leaves");
        long id = id(asked.body());

        assertEquals(faridMails + 1, outboxCount(farid));
        String outbox = farid.get("/outbox").body();
        assertTrue(outbox.contains("asks you to share on"), outbox);
        assertFalse(outbox.contains("<b>how you page"), "the topic is escaped in the mail");
        assertTrue(outbox.contains("{working-out-loud:answers=" + id + "}{working-out-loud}"), "how to answer, from the mail alone: " + outbox);

        String incoming = farid.get(REQUESTS + "/incoming").body();
        assertTrue(incoming.contains("CHLOE-TOPIC \\u003cb\\u003ehow you page exports\\u003c/b\\u003e"), incoming);
        assertTrue(incoming.contains("\"asker\":{\"name\":\"Chlo\u00e9 Lef\u00e8vre\""), incoming);
        assertTrue(incoming.contains("\"askedOn\":{\"title\":\"" + DemoContent.WELCOME + "\",\"path\":\"/pages/viewpage.action?pageId="
                + welcomeId + "#outloud-block-" + welcomeBlocks.get(2) + "\"}"), incoming);
        for (String reader : EVERYONE) {
            PreviewClient client = as(reader);
            String both = client.get(REQUESTS + "/incoming").body() + client.get(REQUESTS + "/outgoing").body();
            assertEquals(reader.equals("chloe") || reader.equals("farid"), both.contains("CHLOE-TOPIC"), reader + ": " + both);
        }
        assertTrue(chloe.get(REQUESTS + "/outgoing").body().contains("\"state\":\"open\""));

        String answer = block("done", "How I page exports", "<ac:parameter ac:name=\"answers\">" + id + "</ac:parameter>");
        long answerPage = create(farid, "Paging exports", answer);

        assertEquals(chloeMails + 1, outboxCount(chloe));
        assertTrue(chloe.get("/outbox").body().contains("Farid El Amrani answered your request to share on"));
        String outgoing = chloe.get(REQUESTS + "/outgoing").body();
        assertTrue(outgoing.contains("\"state\":\"answered\""), outgoing);
        assertTrue(outgoing.contains("\"answeredOn\":{\"title\":\"Paging exports\""), outgoing);
        assertFalse(farid.get(REQUESTS + "/incoming").body().contains("CHLOE-TOPIC"), "answered: no longer open");

        for (PreviewClient twoOfThem : List.of(chloe, farid)) {
            String page = twoOfThem.get("/pages/viewpage.action?pageId=" + answerPage).body();
            assertTrue(page.contains("class=\"outloud-block-answers\">Shared because Chlo\u00e9 Lef\u00e8vre asked: &quot;CHLOE-TOPIC "
                    + "&lt;b&gt;how you page exports&lt;/b&gt;&quot;</p>"), page);
        }
        for (PreviewClient other : List.of(as("bruno"), new PreviewClient(server.baseUrl()))) {
            String page = other.get("/pages/viewpage.action?pageId=" + answerPage).body();
            assertTrue(page.contains("class=\"outloud-block-answers\">Shared because a colleague asked</p>"), page);
            assertFalse(page.contains("CHLOE-TOPIC") || page.contains("Lef\u00e8vre asked"), "the request stays the two people's: " + page);
        }
    }

    @Test
    void editingTheAskeesBlock_doesNotAnswerForThem() throws Exception {
        PreviewClient bruno = as("bruno");
        long id = id(bruno.postJson(REQUESTS, ask(welcomeId, welcomeBlocks.get(3), "BRUNO-TOPIC buddies")).body()); // asks Dirk
        PreviewClient eva = as("eva"); // may edit the welcome page, where Dirk's block is
        String storage = server.hosts().pages().find(welcomeId).orElseThrow().body();
        Matcher dirksBlock = Pattern.compile("<ac:structured-macro [^>]*ac:macro-id=\"" + welcomeBlocks.get(3) + "\"[^>]*>").matcher(storage);
        assertTrue(dirksBlock.find(), storage);
        String edited = storage.substring(0, dirksBlock.end()) + "<ac:parameter ac:name=\"answers\">" + id + "</ac:parameter>"
                + storage.substring(dirksBlock.end());
        assertEquals(302, eva.postForm("/pages/editpage.action?pageId=" + welcomeId, "atl_token=" + eva.formToken() + "&title="
                + URLEncoder.encode(DemoContent.WELCOME, StandardCharsets.UTF_8) + "&body=" + URLEncoder.encode(edited, StandardCharsets.UTF_8))
                .statusCode());

        assertTrue(as("dirk").get(REQUESTS + "/incoming").body().contains("BRUNO-TOPIC"), "still open: Eva cannot answer in Dirk's name");
        assertFalse(bruno.get("/pages/viewpage.action?pageId=" + welcomeId).body().contains("BRUNO-TOPIC"));
    }

    @Test
    void aDeclinedQuestion_isNotPutAgainAtOnce() throws Exception {
        PreviewClient alice = as("alice");
        long id = id(alice.postJson(REQUESTS, ask(welcomeId, welcomeBlocks.get(0), "ALICE-TWICE the tickets")).body()); // asks Eva
        assertEquals(200, as("eva").post(REQUESTS + "/" + id + "/decline", "application/json", "").statusCode());
        PreviewClient.Response again = alice.postJson(REQUESTS, ask(welcomeId, welcomeBlocks.get(0), "alice-twice the tickets"));
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("declined this question recently"), again.body());
    }

    @Test
    void aBlockOfSomeoneElse_cannotAnswer_andDeclineIsTheAskeesAlone() throws Exception {
        PreviewClient eva = as("eva");
        long id = id(eva.postJson(REQUESTS, ask(welcomeId, welcomeBlocks.get(1), "EVA-TOPIC the glossary")).body());
        PreviewClient bruno = as("bruno");
        long brunosPage = create(bruno, "Not mine to answer", block("done", "Glossary", "<ac:parameter ac:name=\"answers\">" + id + "</ac:parameter>"));
        assertFalse(as("eva").get("/pages/viewpage.action?pageId=" + brunosPage).body().contains("outloud-block-answers"));
        assertTrue(as("chloe").get(REQUESTS + "/incoming").body().contains("EVA-TOPIC"), "still open");

        assertEquals(404, bruno.post(REQUESTS + "/" + id + "/decline", "application/json", "").statusCode(), "not bruno's request");
        assertEquals(404, eva.post(REQUESTS + "/" + id + "/decline", "application/json", "").statusCode(), "the asker cannot decline");
        int evaMails = outboxCount(eva);
        PreviewClient chloe = as("chloe");
        PreviewClient.Response declined = chloe.post(REQUESTS + "/" + id + "/decline", "application/json", "");
        assertEquals(200, declined.statusCode(), declined.body());
        assertTrue(declined.body().contains("\"state\":\"declined\""), declined.body());
        assertEquals(409, chloe.post(REQUESTS + "/" + id + "/decline", "application/json", "").statusCode());
        assertEquals(404, chloe.post(REQUESTS + "/999999/decline", "application/json", "").statusCode());
        assertEquals(evaMails, outboxCount(eva), "a decline tells nobody");
        assertTrue(eva.get(REQUESTS + "/outgoing").body().contains("\"state\":\"declined\""));
    }

    @Test
    void badInput_ownBlocks_hiddenPages_duplicates_anonymousAndXsrf() throws Exception {
        PreviewClient alice = as("alice");
        String stuck = welcomeBlocks.get(2);

        PreviewClient.Response empty = alice.postJson(REQUESTS, ask(welcomeId, stuck, "  "));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Say what you would like them to share."), empty.body());
        PreviewClient.Response tooLong = alice.postJson(REQUESTS, ask(welcomeId, stuck, "x".repeat(201)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("at most 200 characters"), tooLong.body());
        PreviewClient.Response noPage = alice.postJson(REQUESTS, "{\"macroId\":\"" + stuck + "\",\"topic\":\"x\"}");
        assertEquals(400, noPage.statusCode());
        assertTrue(noPage.body().contains("The field pageId must be a whole number."), noPage.body());
        assertEquals(400, alice.postJson(REQUESTS, "not json").statusCode());
        PreviewClient.Response self = as("farid").postJson(REQUESTS, ask(welcomeId, stuck, "my own"));
        assertEquals(400, self.statusCode());
        assertTrue(self.body().contains("You cannot ask yourself to share."), self.body());

        assertEquals(201, alice.postJson(REQUESTS, ask(welcomeId, stuck, "ALICE-ONCE")).statusCode());
        assertEquals(409, alice.postJson(REQUESTS, ask(welcomeId, stuck, "alice-once")).statusCode());

        String restrictedBlock = ids(as("dirk").get("/pages/viewpage.action?pageId=" + restrictedId).body()).get(0);
        PreviewClient.Response hidden = alice.postJson(REQUESTS, ask(restrictedId, restrictedBlock, "the reorganisation"));
        assertEquals(404, hidden.statusCode());
        assertEquals(alice.postJson(REQUESTS, ask(999_999L, "anything", "x")).body(), hidden.body(), "hidden reads like missing");

        PreviewClient anonymous = new PreviewClient(server.baseUrl());
        assertEquals(401, anonymous.postJson(REQUESTS, ask(welcomeId, stuck, "hi")).statusCode());
        assertEquals(401, anonymous.get(REQUESTS + "/incoming").statusCode());
        assertEquals(401, anonymous.get(REQUESTS + "/outgoing").statusCode());
        assertEquals(403, alice.post(REQUESTS, "application/x-www-form-urlencoded", "topic=hi").statusCode(), "XSRF rules");
        assertEquals(403, alice.post(REQUESTS + "/1/decline", "text/plain", "").statusCode(), "XSRF rules");
    }

    @Test
    void theRequestsPage_showsEachReaderTheirOwn_andTheCardsOfferAsking() throws Exception {
        long requestsPage = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.REQUESTS).orElseThrow().id();
        String farids = as("farid").get("/pages/viewpage.action?pageId=" + requestsPage).body();
        assertTrue(farids.contains("how you set up the export job, once it works"), "Eva's demo request to Farid");
        assertTrue(farids.contains("class=\"aui-button outloud-request-decline\""), farids);
        assertTrue(farids.contains("value=\"{working-out-loud:answers="), "the markup to answer with");

        String alices = as("alice").get("/pages/viewpage.action?pageId=" + requestsPage).body();
        assertTrue(alices.contains("what made people say yes to being a buddy"), "Alice's demo request, answered by Dirk");
        assertTrue(alices.contains(">Answered</span>"), alices);
        assertTrue(alices.contains(DemoContent.BUDDIES), "a link to the answer");
        assertFalse(alices.contains("how you set up the export job"), "not Farid's requests");

        String anonymous = new PreviewClient(server.baseUrl()).get("/pages/viewpage.action?pageId=" + requestsPage).body();
        assertTrue(anonymous.contains("Log in to see the requests to share"), anonymous);
        assertFalse(anonymous.contains("export job") || anonymous.contains("say yes"), anonymous);

        String welcomeForChloe = as("chloe").get("/pages/viewpage.action?pageId=" + welcomeId).body();
        assertTrue(welcomeForChloe.contains(">Ask Farid El Amrani to share</button>"), welcomeForChloe);
        assertFalse(welcomeForChloe.contains("Ask Chlo\u00e9 Lef\u00e8vre to share"), "nobody asks themselves");
        assertFalse(new PreviewClient(server.baseUrl()).get("/pages/viewpage.action?pageId=" + welcomeId).body().contains("outloud-ask-toggle"),
                "anonymous readers cannot ask");
        String buddies = as("eva").get("/pages/viewpage.action?pageId="
                + server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.BUDDIES).orElseThrow().id()).body();
        assertTrue(buddies.contains(">Shared because a colleague asked</p>"), "Eva is neither the asker nor the askee: " + buddies);
        String forAlice = as("alice").get("/pages/viewpage.action?pageId="
                + server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.BUDDIES).orElseThrow().id()).body();
        assertTrue(forAlice.contains("Shared because Alice Janssens asked: &quot;what made people say yes to being a buddy&quot;"), forAlice);
    }

    private static String ask(long pageId, String macroId, String topic) {
        return "{\"pageId\":" + pageId + ",\"macroId\":\"" + macroId + "\",\"topic\":\"" + topic.replace("\"", "\\\"") + "\"}";
    }

    private static long id(String json) {
        Matcher id = ID.matcher(json);
        assertTrue(id.find(), json);
        return Long.parseLong(id.group(1));
    }

    private static long create(PreviewClient client, String title, String storage) throws Exception {
        PreviewClient.Response created = client.postForm("/pages/createpage.action", "spaceKey=" + DemoContent.TEAM
                + "&atl_token=" + client.formToken() + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&body=" + URLEncoder.encode(storage, StandardCharsets.UTF_8));
        assertEquals(302, created.statusCode(), created.body());
        Matcher id = Pattern.compile("pageId=(\\d+)").matcher(created.header("Location").orElseThrow());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    private static String block(String status, String workingOn, String moreParameters) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"status\">" + status + "</ac:parameter>"
                + "<ac:parameter ac:name=\"working-on\">" + workingOn + "</ac:parameter>" + moreParameters
                + "<ac:rich-text-body><p>What I can share.</p></ac:rich-text-body></ac:structured-macro>";
    }
}
