package io.outloud.preview.http;

import io.outloud.preview.ThoughtNotices;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who learns what about feedback, over real HTTP. On Chloé's thought whose feedback only she sees and which invites
 * unnamed feedback, Bruno and Alice give feedback with their names and Dirk and Farid without. Every answer of the
 * thoughts' REST and every rendering of the page, as the author, as every other demo person and anonymously, is then
 * searched for the unnamed givers: their names, keys and avatars appear only in what they read themselves; and
 * nobody but the author reads anyone else's feedback, while the count is everyone's. Only a site admin in a secure
 * administrator session may look up who gave a piece. The author hears of a burst of feedback once.
 */
class ThoughtPrivacyHttpTest extends ThoughtHttpSupport {
    private static final String TITLE = "Chlo\u00e9's quiet thought";
    private static final String MACRO = "quiet-1";
    /** How each unnamed giver could be named: display name (JSON writes it as is), user key, avatar, username as a mention. */
    private static final Map<String, List<String>> TRACES = Map.of(
            "dirk", List.of("Dirk M", "8a7f80a1-dirk", "/avatars/dirk", "@dirk"),
            "farid", List.of("Farid", "8a7f80a1-farid", "/avatars/farid", "@farid"));
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    private static long pageId;
    private static String path;
    private static final Map<String, Long> ids = new LinkedHashMap<>();
    /** Every answer the givers and the author got while the feedback was given, changed and taken in: reader, what, body. */
    private static final List<String[]> answers = new ArrayList<>();

    @BeforeAll
    static void feedbackFromFourPeople() throws Exception {
        pageId = savePage(TITLE, "<p>Only I see the feedback.</p>" + thought(MACRO, "<p>A budget for learning, per person.</p>",
                "question", "Is 500 a year enough?", "feedback-visible-to", "author", "anonymous-feedback", "true"), "8a7f80a1-chloe");
        path = feedbackPath(pageId, MACRO);
        TEXTS.put("bruno", "BRUNO-NAMED conferences cost more");
        TEXTS.put("dirk", "DIRK-UNNAMED HR has a budget already");
        TEXTS.put("alice", "ALICE-NAMED books count too");
        TEXTS.put("farid", "FARID-UNNAMED research needs more");
        for (Map.Entry<String, String> giver : TEXTS.entrySet()) {
            boolean unnamed = TRACES.containsKey(giver.getKey());
            PreviewClient.Response given = give(as(giver.getKey()), pageId, MACRO, "see-differently", giver.getValue(), unnamed);
            answers.add(new String[]{giver.getKey(), "POST feedback", given.body()});
            ids.put(giver.getKey(), created(given));
        }
        for (String giver : List.of("dirk", "bruno")) {
            PreviewClient.Response edited = as(giver).send("PUT", path + "/" + ids.get(giver), "application/json",
                    "{\"kind\":\"see-differently\",\"text\":" + PreviewClient.json(TEXTS.get(giver) + " (edited)") + "}");
            assertEquals(200, edited.statusCode(), edited.body());
            answers.add(new String[]{giver, "PUT feedback", edited.body()});
        }
        PreviewClient.Response notHis = as("alice").send("PUT", path + "/" + ids.get("dirk"), "application/json", "{\"kind\":\"go-on\"}");
        assertEquals(403, notHis.statusCode());
        answers.add(new String[]{"alice", "PUT someone else's", notHis.body()});
        PreviewClient chloe = as("chloe");
        for (String giver : List.of("dirk", "bruno")) {
            PreviewClient.Response taken = chloe.postJson(path + "/" + ids.get(giver) + "/taken-in", "");
            assertEquals(200, taken.statusCode(), taken.body());
            answers.add(new String[]{"chloe", "POST taken-in of " + giver, taken.body()});
        }
    }

    @Test
    void theUnnamedGivers_areNamedInNoAnswerButTheirOwn() throws Exception {
        List<String[]> reads = new ArrayList<>(answers);
        for (String reader : EVERYONE) {
            PreviewClient client = as(reader);
            reads.add(new String[]{reader, "GET feedback", client.get(path).body()});
            reads.add(new String[]{reader, "GET mine", client.get(MINE).body()});
            reads.add(new String[]{reader, "page", mainContent(view(client, pageId))});
            reads.add(new String[]{reader, "mine page", mainContent(client.get(MINE_PAGE).body())});
            reads.add(new String[]{reader, "giver of dirk's", client.get(REST + "/feedback/" + ids.get("dirk") + "/giver").body()});
        }
        reads.add(new String[]{"", "GET feedback", anonymous().get(path).body()});
        reads.add(new String[]{"", "page", mainContent(view(anonymous(), pageId))});
        ThoughtNotices.sendAsIfAnHourPassed(server);
        reads.add(new String[]{"chloe", "outbox", mainContent(as("chloe").get("/outbox").body())});

        List<String> leaks = new ArrayList<>();
        int ownReadsNamingThemselves = 0;
        for (String[] read : reads) {
            for (Map.Entry<String, List<String>> giver : TRACES.entrySet()) {
                boolean named = giver.getValue().stream().anyMatch(read[2]::contains);
                if (read[0].equals(giver.getKey())) {
                    if (named && read[1].endsWith(" feedback")) {
                        ownReadsNamingThemselves++;
                    }
                } else if (named) {
                    leaks.add(read[0] + " / " + read[1] + " names " + giver.getKey() + ": " + read[2]);
                }
            }
        }
        assertEquals(List.of(), leaks);
        // Not vacuous: each unnamed giver's own POST, PUT (Dirk's) and GET of the feedback name them to themselves, as theirs.
        assertEquals(5, ownReadsNamingThemselves, "the givers' own answers carry their own name");
        assertTrue(as("dirk").get(path).body().contains("\"giver\":{\"name\":\"Dirk M\u00fcller\""), "Dirk reads his own as his");
    }

    @Test
    void withFeedbackVisibleToTheAuthor_othersReadOnlyTheirOwn_andEveryoneTheCount() throws Exception {
        String author = as("chloe").get(path).body();
        for (String text : TEXTS.values()) {
            assertTrue(author.contains(text), "the author reads all of it: " + author);
        }
        assertTrue(author.contains("\"name\":\"Bruno Dubois\"") && author.contains("\"name\":\"Alice Janssens\""), author);
        assertEquals(2, count(author, "\"giver\":null,\"unnamed\":true"), author);
        assertTrue(author.contains("\"thanksText\":\"Taken in. Thank you!\""), "the unnamed giver thanked without a name: " + author);
        assertTrue(author.contains("\"thanksText\":\"Taken in. Thank you, Bruno Dubois!\""), author);
        assertTrue(author.endsWith("\"total\":4,\"allVisible\":true,\"next\":null,\"hiddenText\":null}"), author);

        for (String reader : EVERYONE) {
            if (reader.equals("chloe")) {
                continue;
            }
            String board = as(reader).get(path).body();
            boolean gave = TEXTS.containsKey(reader);
            for (Map.Entry<String, String> text : TEXTS.entrySet()) {
                assertEquals(text.getKey().equals(reader), board.contains(text.getValue()), reader + " reads " + text.getKey() + "'s? " + board);
            }
            assertEquals(gave ? 1 : 0, count(board, "\"id\":"), reader + ": " + board);
            assertTrue(board.contains("\"total\":4,\"allVisible\":false,"), reader + ": " + board);
            String hidden = gave ? "3 more pieces of feedback are visible to the author only." : "4 more pieces of feedback are visible to the author only.";
            assertTrue(board.endsWith("\"hiddenText\":\"" + hidden + "\"}"), reader + ": " + board);
            assertFalse(reader.equals("bruno") ? board.contains("Alice") : board.contains("Bruno Dubois"), "no other giver's name: " + board);

            Element card = section(view(as(reader), pageId), MACRO);
            assertEquals("4", card.selectFirst(".outloud-feedback-count").text(), reader);
            assertEquals("Only the author sees the feedback; you see your own.", card.selectFirst(".outloud-feedback-visibility").text());
            for (String text : TEXTS.values()) {
                assertFalse(card.outerHtml().contains(text.substring(0, 8)), "no feedback in the page's HTML: " + card.outerHtml());
            }
        }
        String stranger = anonymous().get(path).body();
        assertTrue(stranger.startsWith("{\"items\":[],\"total\":4,\"allVisible\":false,"), stranger);
        assertEquals("4", section(view(anonymous(), pageId), MACRO).selectFirst(".outloud-feedback-count").text());
        assertNotNull(section(view(as("eva"), pageId), MACRO).selectFirst("input.outloud-feedback-unnamed"), "unnamed is offered here");
    }

    @Test
    void theUnnamedGiversMail_thanksThemWithoutNamingThemToAnyoneElse() throws Exception {
        String dirks = as("dirk").get("/outbox").body();
        assertEquals(1, mailsWithSubject(as("dirk"), "Chlo\u00e9 Lef\u00e8vre took in your feedback on \"" + TITLE + "\""), dirks);
        assertTrue(dirks.contains("DIRK-UNNAMED HR has a budget already (edited)"), "the giver's mail quotes their feedback");
        assertEquals(0, mailsWithSubject(as("farid"), "Chlo\u00e9 Lef\u00e8vre took in your feedback on \"" + TITLE + "\""), "not taken in");
        String chloes = mainContent(as("chloe").get("/outbox").body());
        assertFalse(chloes.contains("DIRK-UNNAMED") || chloes.contains("FARID-UNNAMED"), "the notice of new feedback quotes nobody");
    }

    @Test
    void whoGaveAPiece_isForSiteAdminsInASecureSession_only() throws Exception {
        String giver = REST + "/feedback/" + ids.get("dirk") + "/giver";
        assertEquals(401, anonymous().get(giver).statusCode());
        for (String notAdmin : List.of("chloe", "bruno", "eva", "dirk")) { // the author, another giver, a space admin, the giver
            PreviewClient.Response refused = as(notAdmin).get(giver);
            assertEquals(403, refused.statusCode(), notAdmin + ": " + refused.body());
        }
        PreviewClient.Response notSecure = as("admin").get(giver);
        assertEquals(401, notSecure.statusCode(), notSecure.body());
        assertTrue(notSecure.body().contains("secure administrator session"), notSecure.body());
        assertFalse(notSecure.body().contains("Dirk"));

        PreviewClient admin = as("admin").secureAdminSession();
        PreviewClient.Response named = admin.get(giver);
        assertEquals(200, named.statusCode(), named.body());
        assertEquals("{\"name\":\"Dirk M\u00fcller\",\"avatarUrl\":\"/avatars/dirk.svg\",\"department\":\"HR\"}", named.body());
        assertTrue(admin.get(REST + "/feedback/" + ids.get("farid") + "/giver").body().contains("\"name\":\"Farid El Amrani\""));
        String audit = admin.get("/rest/outloud/1.0/admin/audit?limit=50").body();
        assertTrue(audit.contains("\"kind\":\"giver-looked-up\",\"what\":\"Giver of unnamed feedback looked up\",\"detail\":\"feedback "
                + ids.get("farid") + "\""), "the look-up is in the privacy audit: " + audit);
        assertTrue(admin.get(REST + "/feedback/" + ids.get("bruno") + "/giver").body().contains("\"name\":\"Bruno Dubois\""));
        assertEquals(404, admin.get(REST + "/feedback/999999/giver").statusCode());
        assertEquals(404, admin.get(REST + "/feedback/" + (ids.get("dirk") + (1L << 32)) + "/giver").statusCode());
    }

    @Test
    void tenPiecesWithinTheHour_tellTheAuthorOnce() throws Exception {
        String title = "Alice's busy thought";
        long busy = savePage(title, thought("busy-1", "<p>Everyone has a view.</p>", "anonymous-feedback", "true"), "8a7f80a1-alice");
        PreviewClient alice = as("alice");
        int before = outboxCount(alice);
        List<String> givers = List.of("bruno", "chloe", "dirk", "eva", "farid");
        for (int i = 0; i < 10; i++) {
            assertEquals(201, give(as(givers.get(i % givers.size())), busy, "busy-1", "go-on", "piece " + i, i % 3 == 0).statusCode());
        }
        assertTrue(alice.get(feedbackPath(busy, "busy-1")).body().contains("\"total\":10,"));
        assertEquals(before, outboxCount(alice), "nothing while the hour runs");

        assertEquals(1, ThoughtNotices.sendAsIfAnHourPassed(server));
        assertEquals(before + 1, outboxCount(alice), "one mail for the burst: " + alice.get("/outbox").body());
        assertEquals(1, mailsWithSubject(alice, "10 new pieces of feedback on your thought on \"" + title + "\""), alice.get("/outbox").body());
        for (String giver : givers) {
            assertFalse(mailsWithSubject(as(giver), "10 new pieces of feedback on your thought on \"" + title + "\"") > 0, giver + " is not the author");
        }
    }
}
