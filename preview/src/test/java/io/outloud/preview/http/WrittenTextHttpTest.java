package io.outloud.preview.http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text people write, over real HTTP, for a representative field of every kind (reply, feedback, topic, offer of help,
 * community name and ask, open-to, department names): text with NUL and a right-to-left override is stored clean, text
 * with nothing visible is refused with the field's own message (or kept as nothing where the field may be empty), and
 * a lone surrogate sent as a JSON escape is refused with a message, never stored as "?".
 */
class WrittenTextHttpTest extends ThoughtHttpSupport {
    private static final String DIRTY = "Ex\u0000port\u202E ok\u2066";
    private static final String CLEAN = "Export ok";
    private static final String INVISIBLE = "\u200B\u202E\u0000 \u2060\uFEFF";
    private static final String LONE = "ok \uD800";
    private static final String UNREADABLE = "The text holds a character that cannot be stored (a broken surrogate). Please type it again.";
    private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]+)\"");

    /** One field: how to send a text in it; the answer carries what was stored. */
    private interface Field {
        PreviewClient.Response send(String text) throws Exception;
    }

    private static void check(String name, Field field, String missingMessage, List<String> failures) throws Exception {
        PreviewClient.Response dirty = field.send(DIRTY);
        if (dirty.statusCode() >= 300 || !dirty.body().contains(CLEAN) || dirty.body().contains("\\u0000") || dirty.body().contains("\u202E")
                || dirty.body().contains("\u2066")) {
            failures.add(name + " with NUL and bidi overrides: " + dirty.statusCode() + " " + dirty.body());
        }
        PreviewClient.Response invisible = field.send(INVISIBLE);
        if (missingMessage == null ? invisible.statusCode() >= 300 : invisible.statusCode() != 400 || !invisible.body().contains(missingMessage)) {
            failures.add(name + " with nothing visible: " + invisible.statusCode() + " " + invisible.body());
        }
        PreviewClient.Response lone = field.send(LONE);
        if (lone.statusCode() != 400 || !lone.body().contains(UNREADABLE)) {
            failures.add(name + " with a lone surrogate: " + lone.statusCode() + " " + lone.body());
        }
    }

    private static String text(String field, String value) {
        return "{\"" + field + "\":" + PreviewClient.json(value) + "}";
    }

    @Test
    void everyKindOfField_storesCleanText_refusesInvisibleTextAndLoneSurrogates() throws Exception {
        List<String> failures = new ArrayList<>();
        String block = "/rest/outloud/1.0/blocks/" + welcomeId + "/" + welcomeBlocks.get(2);

        PreviewClient alice = as("alice");
        check("reply", t -> alice.postJson(block + "/replies", text("text", t)), "Write something before you reply.", failures);

        long thoughtPage = savePage("Written text thought", thought("wt-1", "<p>Half.</p>", "question", "Clean?"), "8a7f80a1-admin");
        check("feedback", t -> give(alice, thoughtPage, "wt-1", "go-on", t, false), null, failures);

        PreviewClient chloe = as("chloe");
        check("topic", t -> chloe.postJson("/rest/outloud/1.0/share-requests",
                "{\"pageId\":" + welcomeId + ",\"macroId\":\"" + welcomeBlocks.get(2) + "\",\"topic\":" + PreviewClient.json(t) + "}"),
                "Say what you would like them to share.", failures);

        PreviewClient eva = as("eva");
        check("help offer", t -> {
            PreviewClient.Response offered = eva.postJson(block + "/help", text("message", t));
            if (offered.statusCode() == 201) {
                eva.send("DELETE", block + "/help", null, null, "X-Atlassian-Token", "no-check"); // one offer each: withdrawn for the next try
            }
            return offered;
        }, "Write a short message with your offer.", failures);

        PreviewClient dirk = as("dirk");
        check("community name", t -> dirk.postJson("/rest/outloud/1.0/communities", text("name", t)), "Give the community a name.", failures);
        PreviewClient.Response made = dirk.postJson("/rest/outloud/1.0/communities", text("name", "Written text askers"));
        Matcher key = KEY.matcher(made.body());
        assertTrue(made.statusCode() == 201 && key.find(), made.body());
        check("community ask", t -> dirk.postJson("/rest/outloud/1.0/communities/" + key.group(1) + "/asks", text("text", t)),
                "Write what you would like to ask.", failures);

        PreviewClient bruno = as("bruno");
        check("open to", t -> bruno.send("PUT", "/rest/outloud/1.0/people/me/profile", "application/json", text("openTo", t)), null, failures);
        bruno.send("PUT", "/rest/outloud/1.0/people/me/profile", "application/json", text("openTo", ""));

        PreviewClient admin = as("admin").secureAdminSession();
        String before = admin.get("/rest/outloud/1.0/admin/settings").body();
        check("department names", t -> admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json",
                "{\"departmentSource\":\"profile\",\"departments\":" + PreviewClient.json(t) + "}"), null, failures);
        assertEquals(200, admin.send("PUT", "/rest/outloud/1.0/admin/settings", "application/json", before).statusCode(), "settings put back");

        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
