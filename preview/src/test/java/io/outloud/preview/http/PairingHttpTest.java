package io.outloud.preview.http;

import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.preview.PairingCommunities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pairing over real HTTP: the REST resource with the REST module's access and XSRF rules, on the preview's database.
 * The community is made through the plugin's community store (before main's is merged: known by its lead's membership).
 */
class PairingHttpTest extends DemoPreviewHttpTest {
    private static final String REST = "/rest/outloud/1.0/communities/";
    private static final String C = "pairing-guild";
    private static final String PAIRING = REST + C + "/pairing";

    @BeforeAll
    static void community() {
        AoCommunityMembers members = PairingCommunities.create(server, C, "8a7f80a1-alice", "Engineering");
        PairingCommunities.addMember(members, C, "8a7f80a1-bruno", "Marketing");
        PairingCommunities.addMember(members, C, "8a7f80a1-chloe", "Finance");
        PairingCommunities.addMember(members, C, "8a7f80a1-dirk", "HR");
    }

    private static PreviewClient.Response putJson(PreviewClient client, String path, String json) throws IOException {
        return client.send("PUT", path, "application/json", json);
    }

    @Test
    void refusals_unknownCommunity404_stranger403_anonymous401_nonLead403_withoutXsrfToken403() throws Exception {
        assertEquals(404, as("bruno").get(REST + "no-such-community/pairing").statusCode());
        assertEquals(404, as("bruno").postJson(REST + "no-such-community/pairing/rounds", "{}").statusCode());
        PreviewClient eva = as("eva");
        assertEquals(403, eva.get(PAIRING).statusCode(), "not a member");
        assertEquals(403, putJson(eva, PAIRING + "/me", "{\"optedIn\":true}").statusCode());
        assertEquals(401, new PreviewClient(server.baseUrl()).get(PAIRING).statusCode());
        PreviewClient bruno = as("bruno");
        PreviewClient.Response notLead = bruno.postJson(PAIRING + "/rounds", "{}");
        assertEquals(403, notLead.statusCode());
        assertTrue(notLead.body().contains("Only the community"), notLead.body());
        assertEquals(403, putJson(bruno, PAIRING + "/schedule", "{\"everyDays\":7}").statusCode());
        assertEquals(403, as("alice").post(PAIRING + "/rounds", "application/x-www-form-urlencoded", "number=1").statusCode(), "XSRF rules");
        assertEquals(400, putJson(bruno, PAIRING + "/me", "{\"snoozedUntil\":\"2001-01-01\"}").statusCode(), "a day in the past");
        assertEquals(400, putJson(bruno, PAIRING + "/me", "{\"snoozedUntil\":\"soon\"}").statusCode());
        assertEquals(400, putJson(as("alice"), PAIRING + "/schedule", "{\"everyDays\":3}").statusCode());
    }

    @Test
    void membersOptIn_aLeadStartsARound_andEachAnswersForTheirOwnSeat() throws Exception {
        PreviewClient bruno = as("bruno");
        PreviewClient chloe = as("chloe");
        PreviewClient alice = as("alice");
        assertTrue(bruno.get(PAIRING).body().contains("\"me\":{\"optedIn\":false"), "nobody is enrolled without asking");
        assertEquals(200, putJson(bruno, PAIRING + "/me", "{\"optedIn\":true}").statusCode());
        assertEquals(200, putJson(chloe, PAIRING + "/me", "{\"optedIn\":true}").statusCode());

        String state = alice.get(PAIRING).body();
        assertTrue(state.contains("\"lead\":true") && state.contains("\"schedule\":{\"everyDays\":0"), state);
        int next = state.contains("\"rounds\":[]") ? 1 : Integer.parseInt(first("\"number\":(\\d+)", state)) + 1;

        PreviewClient.Response made = alice.postJson(PAIRING + "/rounds", "{\"number\":" + next + "}");
        assertEquals(201, made.statusCode(), made.body());
        assertTrue(made.body().contains("\"number\":" + next + ",") && made.body().contains("\"matches\":1"), made.body());
        assertEquals(409, alice.postJson(PAIRING + "/rounds", "{\"number\":" + next + "}").statusCode(), "a second click makes no second round");

        String mine = bruno.get(PAIRING).body();
        assertTrue(mine.contains("\"name\":\"Chlo\u00e9 Lef\u00e8vre\"") && mine.contains("\"department\":\"Finance\""), mine);
        long match = Long.parseLong(first("\"current\":\\{\"id\":(\\d+)", mine));
        PreviewClient.Response answered = bruno.postJson(PAIRING + "/matches/" + match + "/answer", "{\"met\":true}");
        assertEquals(200, answered.statusCode());
        assertTrue(answered.body().contains("\"answer\":\"met\""), answered.body());
        assertEquals(404, as("dirk").postJson(PAIRING + "/matches/" + match + "/answer", "{\"met\":true}").statusCode(), "not dirk's seat");
        assertTrue(bruno.get(PAIRING).body().contains("\"answer\":\"met\""));

        PreviewClient.Response snoozed = putJson(chloe, PAIRING + "/me", "{\"snoozedUntil\":\"" + java.time.LocalDate.now().plusDays(5) + "\"}");
        assertEquals(200, snoozed.statusCode(), snoozed.body());
        assertTrue(snoozed.body().contains("\"snoozedUntil\":\"" + java.time.LocalDate.now().plusDays(5) + "\""));
        assertTrue(putJson(chloe, PAIRING + "/me", "{\"optedIn\":false}").body().contains("\"optedIn\":false"), "leave at any time");

        PreviewClient.Response schedule = putJson(alice, PAIRING + "/schedule", "{\"everyDays\":14}");
        assertEquals(200, schedule.statusCode());
        assertTrue(schedule.body().contains("\"everyDays\":14,\"nextRun\":\""), schedule.body());
        assertFalse(alice.get(PAIRING).body().contains("\"rounds\":[]"));
    }

    private static String first(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), regex + " in " + text);
        return matcher.group(1);
    }
}
