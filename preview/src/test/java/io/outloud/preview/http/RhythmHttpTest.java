package io.outloud.preview.http;

import com.atlassian.scheduler.config.JobId;
import io.outloud.preview.demo.DemoContent;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weekly rhythm over real HTTP: each person's cadences through REST (XSRF, validation, signed-in only), the
 * preferences page's form, and "a week passes" on the preview's clock: the plugin's cluster job sends Bruno one digest
 * with what he follows and his community's ask, nothing about a page he may not view, and a re-run sends nothing new.
 */
class RhythmHttpTest extends DemoPreviewHttpTest {
    private static final String RHYTHM = "/rest/outloud/1.0/me/rhythm";
    private static final String[] NO_CHECK = {"X-Atlassian-Token", "no-check"};
    private static final String DIGEST_SUBJECT = "Your week in Out Loud";
    private static final Pattern OUTBOX_MAIL = Pattern.compile("<li class=\"outloud-outbox-mail\".*?</li>", Pattern.DOTALL);

    @Test
    void preferences_haveSensibleDefaults_changeThroughRest_withXsrf_andRefuseWhatIsNoCadence() throws Exception {
        PreviewClient chloe = as("chloe");
        PreviewClient.Response defaults = chloe.get(RHYTHM);
        assertEquals(200, defaults.statusCode());
        assertEquals("{\"cadences\":{\"replies\":\"at-once\",\"help\":\"at-once\",\"sharing\":\"at-once\",\"feedback\":\"at-once\","
                + "\"community-asks\":\"weekly\",\"communities\":\"at-once\",\"thanks\":\"at-once\"},\"weeklyDigest\":true,\"fridayNudge\":false}", defaults.body());

        String change = "{\"cadences\":{\"replies\":\"daily\"},\"fridayNudge\":true}";
        assertEquals(403, chloe.send("PUT", RHYTHM, "application/json", change, "Origin", "http://evil.example").statusCode(), "a foreign origin");
        PreviewClient.Response bad = chloe.send("PUT", RHYTHM, "application/json", "{\"cadences\":{\"replies\":\"hourly\"}}", NO_CHECK);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("Choose at once, daily, weekly or off"), bad.body());
        assertEquals(400, chloe.send("PUT", RHYTHM, "application/json", "{\"cadences\":{\"gossip\":\"daily\"}}", NO_CHECK).statusCode());
        assertEquals(400, chloe.send("PUT", RHYTHM, "application/json", "{\"fridayNudge\":\"yes\"}", NO_CHECK).statusCode());

        PreviewClient.Response saved = chloe.send("PUT", RHYTHM, "application/json", change, NO_CHECK);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"replies\":\"daily\"") && saved.body().contains("\"fridayNudge\":true")
                && saved.body().contains("\"community-asks\":\"weekly\""), saved.body());
        assertEquals(saved.body(), chloe.get(RHYTHM).body());
        assertTrue(as("alice").get(RHYTHM).body().contains("\"replies\":\"at-once\""), "one person's choice is theirs alone");
        assertEquals(401, new PreviewClient(server.baseUrl()).get(RHYTHM).statusCode());

        String page = chloe.get("/plugins/servlet/outloud/me").body();
        assertTrue(page.contains("id=\"outloud-rhythm\"") && page.contains("Asks of your communities") && page.contains("In the weekly digest")
                && page.contains("Remind me on Friday to write about my week"), page);
        String german = new PreviewClient(server.baseUrl()).actAs("chloe", "de").get("/plugins/servlet/outloud/me").body();
        assertTrue(german.contains("Anfragen Ihrer Communities"), "in the reader's language");
    }

    @Test
    void aWeekPasses_brunosDigest_holdsFaridsNewBlockAndTheCommunitysAsk_notARestrictedPage_andARerunSendsNothingNew() throws Exception {
        PreviewClient bruno = as("bruno");
        assertEquals(200, bruno.send("PUT", "/rest/outloud/1.0/follows/person/farid", null, null, NO_CHECK).statusCode());
        assertEquals(200, bruno.send("PUT", "/rest/outloud/1.0/follows/community/data-curious", null, null, NO_CHECK).statusCode());
        DemoContent.Saver saver = new DemoContent.Saver(server.hosts().pages(), server.hosts().events());
        saver.create(DemoContent.TEAM, "RHYTHM Farid's week & <notes>", block("rhythm-visible", "Rhythm visible block"), "8a7f80a1-farid");
        long hidden = saver.create(DemoContent.TEAM, "RHYTHM hidden from Bruno", block("rhythm-hidden", "Rhythm hidden block"), "8a7f80a1-farid");
        server.hosts().pages().restrictViewers(hidden, java.util.Set.of("8a7f80a1-farid", "8a7f80a1-admin"));
        PreviewClient.Response asked = as("chloe").postJson("/rest/outloud/1.0/communities/data-curious/asks",
                "{\"text\":\"RHYTHM-ASK: who has <b>tried</b> the new export?\"}", NO_CHECK);
        assertEquals(201, asked.statusCode(), asked.body());
        int before = outboxCount(bruno);

        String clockPage = bruno.get("/preview/clock").body();
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(clockPage);
        assertTrue(token.find(), clockPage);
        assertEquals(403, bruno.postForm("/preview/clock", "to=monday").statusCode(), "the clock page's form token is required");
        assertEquals(400, bruno.postForm("/preview/clock", "days=99&atl_token=" + token.group(1)).statusCode());
        PreviewClient.Response passed = bruno.postForm("/preview/clock", "to=monday&atl_token=" + token.group(1));
        assertEquals(302, passed.statusCode(), passed.body());
        server.hosts().scheduler().runDueJobs(); // the background turn may have begun first: let every due job finish its turn

        String digest = newestDigest(bruno);
        assertEquals(before + 1, outboxCount(bruno), "one digest, and the ask came in it rather than in a mail of its own");
        assertTrue(digest.contains("Farid El Amrani on RHYTHM Farid&amp;#39;s week &amp;amp; &amp;lt;notes&amp;gt;")
                || digest.contains("Farid El Amrani on RHYTHM Farid&#39;s week &amp; &lt;notes&gt;"), digest);
        assertTrue(digest.contains("RHYTHM-ASK: who has &amp;lt;b&amp;gt;tried&amp;lt;/b&amp;gt; the new export?")
                || digest.contains("RHYTHM-ASK: who has &lt;b&gt;tried&lt;/b&gt; the new export?"), "the ask, escaped: " + digest);
        assertFalse(digest.contains("RHYTHM hidden from Bruno"), "a page Bruno may not view is not in his digest");
        assertFalse(digest.contains("<b>tried</b>"), "never as markup");

        server.hosts().scheduler().makeDue(JobId.of("io.outloud.rhythm.digests"));
        server.hosts().scheduler().runDueJobs();
        assertEquals(before + 1, outboxCount(bruno), "re-running the week's job tells nobody twice");
    }

    /** The newest mail in the outbox with the digest's subject, as the outbox lists it (its HTML escaped into a frame). */
    private static String newestDigest(PreviewClient client) throws Exception {
        Matcher mail = OUTBOX_MAIL.matcher(client.get("/outbox").body());
        while (mail.find()) {
            if (mail.group().contains(DIGEST_SUBJECT)) {
                return mail.group();
            }
        }
        throw new AssertionError("no digest in the outbox");
    }

    private static String block(String macroId, String workingOn) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"working-on\">" + workingOn + "</ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>";
    }
}
