package io.outloud.preview.http;

import io.outloud.preview.html.Html;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offers of help and notifications over real HTTP: the REST resource with the REST module's access and XSRF rules,
 * Active Objects, and the host's mail queue landing in the preview's outbox. Messages are read back as every
 * demo person and anonymously: nobody but the author (and the one who wrote it) ever receives an offer's message.
 */
class HelpHttpTest extends DemoPreviewHttpTest {
    private static final Pattern OFFER_ID = Pattern.compile("\"id\":(\\d+)");
    private static final List<String> EVERYONE = List.of("admin", "alice", "bruno", "chloe", "dirk", "eva", "farid");

    @Test
    void offerAcceptAndNotify_andNoReaderEverGetsAMessageTheyMayNotSee() throws Exception {
        String stuck = helpPath(welcomeId, welcomeBlocks.get(2)); // Farid's stuck block, with Bruno's demo offer
        PreviewClient alice = as("alice");
        PreviewClient farid = as("farid");
        int faridMails = outboxCount(farid);

        PreviewClient.Response offered = alice.send("POST", stuck, "application/json", "{\"message\":\"ALICE-SECRET <b>I paged exports</b>\"}");
        assertEquals(201, offered.statusCode(), offered.body());
        assertTrue(offered.body().contains("\"openOffers\":2"), offered.body());
        assertTrue(offered.body().contains("ALICE-SECRET"), "her own offer: " + offered.body());
        assertFalse(offered.body().contains("We export our campaign data"), "not Bruno's message: " + offered.body());
        assertEquals(409, alice.send("POST", stuck, "application/json", "{\"message\":\"again\"}").statusCode());

        PreviewClient.Response authorView = farid.get(stuck);
        assertEquals(200, authorView.statusCode());
        assertTrue(authorView.body().contains("ALICE-SECRET"), authorView.body());
        assertTrue(authorView.body().contains("We export our campaign data"), authorView.body());
        assertTrue(authorView.body().contains("\"name\":\"Alice Janssens\",\"avatarUrl\":\"/avatars/alice.svg\",\"department\":\"Engineering\""),
                authorView.body());
        assertFalse(authorView.body().contains("8a7f80a1-"), "no user key leaves");
        assertEquals(faridMails + 1, outboxCount(farid));
        assertTrue(farid.get("/outbox").body().contains("Alice Janssens offered to help on"), "the author's outbox has the offer");

        long aliceOffer = offerIdOf(authorView.body(), "ALICE-SECRET");
        assertEquals(403, alice.send("POST", stuck + "/" + aliceOffer + "/accept", "application/json", "").statusCode(), "author only");
        assertEquals(403, as("bruno").send("POST", stuck + "/" + aliceOffer + "/accept", "application/json", "").statusCode());
        int aliceMails = outboxCount(alice);
        PreviewClient.Response accepted = farid.send("POST", stuck + "/" + aliceOffer + "/accept", "application/json", "");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("\"helperText\":\"Alice Janssens is helping.\""), accepted.body());
        assertEquals(aliceMails + 1, outboxCount(alice));
        assertTrue(alice.get("/outbox").body().contains("Farid El Amrani accepted your offer of help"));
        assertTrue(farid.get("/pages/viewpage.action?pageId=" + welcomeId).body().contains("Alice Janssens is helping."));

        for (String reader : EVERYONE) {
            String help = as(reader).get(stuck).body();
            String page = as(reader).get("/pages/viewpage.action?pageId=" + welcomeId).body();
            assertEquals(reader.equals("farid") || reader.equals("alice"), help.contains("ALICE-SECRET"), reader + ": " + help);
            assertEquals(reader.equals("farid") || reader.equals("bruno"), help.contains("We export our campaign data"), reader + ": " + help);
            assertTrue(help.contains(reader.equals("alice") ? "\"helperText\":\"Your offer was accepted: you are helping.\""
                    : "\"helperText\":\"Alice Janssens is helping.\""), reader + ": " + help);
            assertFalse(page.contains("ALICE-SECRET") || page.contains("We export our campaign data"), reader + " reads no message in the page");
        }
        String anonymous = new PreviewClient(server.baseUrl()).get(stuck).body();
        assertFalse(anonymous.contains("ALICE-SECRET") || anonymous.contains("We export our campaign data"), anonymous);
        assertTrue(anonymous.contains("\"openOffers\":1"), anonymous);
    }

    @Test
    void badInput_ownBlock_blocksNotAskingForHelp_hiddenPages_andAnonymousWrites() throws Exception {
        String stuck = helpPath(welcomeId, welcomeBlocks.get(2));
        String done = helpPath(welcomeId, welcomeBlocks.get(3));
        PreviewClient chloe = as("chloe");

        PreviewClient.Response empty = chloe.send("POST", stuck, "application/json", "{\"message\":\"   \"}");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Write a short message with your offer."), empty.body());
        PreviewClient.Response tooLong = chloe.send("POST", stuck, "application/json", "{\"message\":\"" + "x".repeat(501) + "\"}");
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("at most 500 characters"), tooLong.body());
        assertEquals(400, chloe.send("POST", stuck, "application/json", "not json").statusCode());
        assertEquals(400, chloe.send("POST", done, "application/json", "{\"message\":\"help\"}").statusCode(), "done asks for no help");
        assertEquals(403, as("farid").send("POST", stuck, "application/json", "{\"message\":\"me\"}").statusCode(), "own block");
        assertEquals(404, chloe.send("DELETE", stuck, null, null, "X-Atlassian-Token", "no-check").statusCode(), "no offer to withdraw");

        String restricted = helpPath(restrictedId, "anything");
        PreviewClient.Response hidden = chloe.get(restricted);
        assertEquals(404, hidden.statusCode());
        assertEquals(chloe.get(helpPath(999_999L, "anything")).body(), hidden.body(), "hidden reads like missing");
        int before = outboxCount(as("farid"));
        assertEquals(401, new PreviewClient(server.baseUrl()).send("POST", stuck, "application/json", "{\"message\":\"hi\"}").statusCode());
        assertEquals(403, chloe.send("POST", stuck, "application/x-www-form-urlencoded", "message=hi").statusCode(), "XSRF rules");
        assertEquals(before, outboxCount(as("farid")));
    }

    @Test
    void acceptance_movesTheBlockOutOfWhoNeedsHelp_untilItsAuthorReopensIt_andTheHelperCannotWithdrawMeanwhile() throws Exception {
        String stuckId = welcomeBlocks.get(2);
        String stuck = helpPath(welcomeId, stuckId);
        String whoNeedsHelp = "/rest/outloud/1.0/stream?status=stuck&limit=50";
        PreviewClient eva = as("eva");
        PreviewClient farid = as("farid");
        assertEquals(201, eva.send("POST", stuck, "application/json", "{\"message\":\"EVA-OFFER\"}").statusCode());
        assertTrue(eva.get(whoNeedsHelp).body().contains(stuckId), "stuck: it needs help");
        assertEquals(409, farid.send("POST", stuck + "/reopen", "application/json", "").statusCode(), "nothing accepted: nothing to reopen");

        PreviewClient.Response accepted = farid.send("POST", stuck + "/" + offerIdOf(farid.get(stuck).body(), "EVA-OFFER") + "/accept",
                "application/json", "");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("\"helperText\":\"Eva de Vries is helping.\""), accepted.body());
        assertTrue(accepted.body().contains("\"gettingHelp\":true"), accepted.body());
        assertTrue(accepted.body().contains("\"statusLabel\":\"Getting help\""), accepted.body());
        assertFalse(eva.get(whoNeedsHelp).body().contains(stuckId), "getting help: out of who needs help");
        assertTrue(eva.get("/rest/outloud/1.0/stream?limit=50").body().contains("\"status\":\"getting-help\""));
        String page = farid.get("/pages/viewpage.action?pageId=" + welcomeId).body();
        assertTrue(page.contains("aui-lozenge-moved outloud-block-status\">Getting help</span>"), "the block says so");

        PreviewClient.Response helper = eva.get(stuck);
        assertTrue(helper.body().contains("\"helperText\":\"Your offer was accepted: you are helping.\""), helper.body());
        assertTrue(helper.body().contains("\"helping\":true"), helper.body());
        PreviewClient.Response withdraw = eva.send("DELETE", stuck, null, null, "X-Atlassian-Token", "no-check");
        assertEquals(409, withdraw.statusCode());
        assertTrue(withdraw.body().contains("The author can reopen the block if it is still stuck."), withdraw.body());

        PreviewClient.Response notAuthor = as("alice").send("POST", stuck + "/reopen", "application/json", "");
        assertEquals(403, notAuthor.statusCode());
        assertTrue(notAuthor.body().contains("Only the author of a block can reopen it."), notAuthor.body());
        assertEquals(401, new PreviewClient(server.baseUrl()).send("POST", stuck + "/reopen", "application/json", "").statusCode());
        assertEquals(403, farid.send("POST", stuck + "/reopen", "application/x-www-form-urlencoded", "x=1").statusCode(), "XSRF rules");
        assertFalse(eva.get(whoNeedsHelp).body().contains(stuckId), "refusals change nothing");

        PreviewClient.Response reopened = farid.send("POST", stuck + "/reopen", "application/json", "");
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertTrue(reopened.body().contains("\"gettingHelp\":false"), reopened.body());
        assertTrue(reopened.body().contains("\"helperText\":\"\""), reopened.body());
        assertTrue(eva.get(whoNeedsHelp).body().contains(stuckId), "back in who needs help");
        PreviewClient.Response again = farid.send("POST", stuck + "/reopen", "application/json", "");
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("No offer is accepted here, so there is nothing to reopen."), again.body());
        assertEquals(200, eva.send("DELETE", stuck, null, null, "X-Atlassian-Token", "no-check").statusCode(), "reopened: hers to withdraw");
    }

    @Test
    void theCanHelpReaction_onABlockThatAsksForHelp_isRefused_theOfferIsTheOneIcanHelp() throws Exception {
        String reactions = "/rest/outloud/1.0/blocks/" + welcomeId + "/" + welcomeBlocks.get(2) + "/reactions";
        PreviewClient.Response refused = as("dirk").send("POST", reactions, "application/json", "{\"kind\":\"can-help\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("This block asks for help"), refused.body());
        String page = as("dirk").get("/pages/viewpage.action?pageId=" + welcomeId).body();
        int start = page.indexOf("id=\"outloud-block-" + welcomeBlocks.get(2) + "\"");
        String card = page.substring(start, page.indexOf("</section>", start));
        assertEquals(1, count(card, ">I can help<"), "one I can help on the stuck block, its offer button: " + card);
        assertFalse(card.contains("data-kind=\"can-help\""), card);
        int calmStart = page.indexOf("id=\"outloud-block-" + welcomeBlocks.get(3) + "\"");
        assertTrue(page.substring(calmStart, page.indexOf("</section>", calmStart)).contains("data-kind=\"can-help\""),
                "a block that asks nothing keeps the reaction");
    }

    @Test
    void withdraw_removesTheOffer() throws Exception {
        String stuck = helpPath(welcomeId, welcomeBlocks.get(2));
        PreviewClient dirk = as("dirk");
        assertEquals(201, dirk.send("POST", stuck, "application/json", "{\"message\":\"DIRK-OFFER\"}").statusCode());
        PreviewClient.Response withdrawn = dirk.send("DELETE", stuck, null, null, "X-Atlassian-Token", "no-check");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("\"mine\":null"), withdrawn.body());
        assertFalse(as("farid").get(stuck).body().contains("DIRK-OFFER"));
    }

    @Test
    void replies_notifyTheAuthorAndTheMentioned_neverTheWriter_andUnknownNamesNobody() throws Exception {
        String replies = "/rest/outloud/1.0/blocks/" + welcomeId + "/" + welcomeBlocks.get(1) + "/replies"; // Chloé's block
        PreviewClient eva = as("eva");
        PreviewClient chloe = as("chloe");
        PreviewClient dirk = as("dirk");
        int chloeMails = outboxCount(chloe);
        int dirkMails = outboxCount(dirk);
        int evaMails = outboxCount(eva);

        assertEquals(201, eva.send("POST", replies, "application/json",
                "{\"text\":\"Nice <script>x</script> @dirk @eva @nobody-at-all\"}").statusCode());

        assertEquals(chloeMails + 1, outboxCount(chloe));
        assertEquals(dirkMails + 1, outboxCount(dirk));
        assertEquals(evaMails, outboxCount(eva), "nobody hears of their own reply");
        String dirkOutbox = dirk.get("/outbox").body();
        assertTrue(dirkOutbox.contains("Eva"), dirkOutbox);
        assertTrue(dirkOutbox.contains("mentioned you on"), dirkOutbox);
        assertFalse(dirkOutbox.contains("<script>x"), "the mail's text is escaped");

        assertEquals(201, chloe.send("POST", replies, "application/json", "{\"text\":\"Thanks!\"}").statusCode());
        assertEquals(chloeMails + 1, outboxCount(chloe), "the author replying on their own block hears nothing");
    }

    @Test
    void mail_isInTheRecipientsLanguage_notTheWriters_andLinksToTheBlock() throws Exception {
        PreviewClient farid = new PreviewClient(server.baseUrl()).actAs("farid", "de"); // Farid reads German
        int before = outboxCount(farid);
        String stuck = welcomeBlocks.get(2);
        assertEquals(201, as("alice").postJson("/rest/outloud/1.0/blocks/" + welcomeId + "/" + stuck + "/replies",
                "{\"text\":\"Have you tried paging?\"}").statusCode());

        assertEquals(before + 1, outboxCount(farid));
        String outbox = farid.get("/outbox").body();
        assertTrue(outbox.contains(">Alice Janssens hat auf Ihren Block auf \u201eWorking out loud in the team space\u201c geantwortet</h2>"),
                outbox);
        assertTrue(outbox.contains(Html.escape("href=\"" + server.baseUrl() + "/pages/viewpage.action?pageId=" + welcomeId
                + "#outloud-block-" + stuck + "\"")), "a link to the block at the site's address: " + outbox);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theOutbox_needsSomeoneToActAs_andLinksFromTheHeader() throws Exception {
        assertEquals(401, new PreviewClient(server.baseUrl()).get("/outbox").statusCode());
        assertTrue(as("bruno").get("/").body().contains("href=\"/outbox\""));
    }

    private static long offerIdOf(String json, String messageStart) {
        int message = json.indexOf(messageStart);
        Matcher id = OFFER_ID.matcher(json.substring(0, message));
        long last = -1;
        while (id.find()) {
            last = Long.parseLong(id.group(1));
        }
        return last;
    }

    private static String helpPath(long pageId, String macroId) {
        return "/rest/outloud/1.0/blocks/" + pageId + "/" + macroId + "/help";
    }

}
