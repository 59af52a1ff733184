package io.outloud.preview.http;

import io.outloud.preview.demo.DemoContent;
import io.outloud.preview.web.RequestFilter;
import io.outloud.thought.FeedbackStore;
import io.outloud.thought.ThoughtStore;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thoughts follow their pages and their people over real HTTP: a stage moved without editing the page shows at once
 * and outlasts saves that leave the stage parameter alone (a save that changes it sets it); trash, restore and purge
 * follow the page through the host's page events; and a page's SQL statements do not grow with its thoughts.
 */
class ThoughtLifecycleHttpTest extends ThoughtHttpSupport {

    @Test
    void aStageMovedOverRest_showsAtTheNextRender_andOutlastsSavesThatLeaveTheParameter_butNotOnesThatChangeIt() throws Exception {
        PreviewClient alice = as("alice");
        long pageId = createPage(alice, DemoContent.TEAM, "Plan by Alice", "<p>PLAN-V1</p>"
                + thought("life-1", "<p>Draft.</p>", "stage", "seed", "question", "First question?"));
        String stageParameter = "<ac:parameter ac:name=\"stage\">seed</ac:parameter>";
        assertEquals(List.of("seed"), stages(view(alice, pageId)));
        created(give(as("bruno"), pageId, "life-1", "helps-me", "Useful", false));

        assertEquals(200, alice.postJson(stagePath(pageId, "life-1"), "{\"stage\":\"growing\"}").statusCode());
        String moved = view(as("bruno"), pageId);
        assertEquals(List.of("growing"), stages(moved), "shown at the next render");
        assertEquals("Growing", section(moved, "life-1").selectFirst(".outloud-thought-stage").text());
        assertTrue(server.hosts().pages().find(pageId).orElseThrow().body().contains(stageParameter), "without editing the page");
        assertTrue(alice.get(MINE).body().contains("\"macroId\":\"life-1\",\"pageTitle\":\"Plan by Alice\",\"question\":\"First question?\",\"stage\":\"growing\""),
                alice.get(MINE).body());

        PreviewClient eva = as("eva"); // may edit the team space
        String body = server.hosts().pages().find(pageId).orElseThrow().body();
        editPage(eva, pageId, body.replace("PLAN-V1", "PLAN-V2").replace("First question?", "Second question?"));
        String afterEdit = view(alice, pageId);
        assertTrue(afterEdit.contains("PLAN-V2"), "the save went through");
        assertEquals(List.of("growing"), stages(afterEdit), "a save leaving the stage parameter alone keeps the moved stage");
        Element card = section(afterEdit, "life-1");
        assertEquals("The feedback I'd like: Second question?", card.selectFirst(".outloud-thought-question").text(), "the question follows the page");
        assertEquals("Alice Janssens", card.selectFirst(".outloud-thought-author-name").text(), "Eva's save does not take it over");
        assertTrue(alice.get(MINE).body().contains("\"question\":\"Second question?\",\"stage\":\"growing\""), alice.get(MINE).body());
        assertFalse(eva.get(MINE).body().contains("life-1"), "still Alice's thought");

        editPage(eva, pageId, server.hosts().pages().find(pageId).orElseThrow().body().replace(stageParameter,
                "<ac:parameter ac:name=\"stage\">ripe</ac:parameter>"));
        String ripened = view(alice, pageId);
        assertEquals(List.of("ripe"), stages(ripened), "a save that changes the parameter sets the stage");
        assertEquals("Grew from a half-finished thought with one contribution from one person in one department.",
                section(ripened, "life-1").selectFirst(".outloud-thought-credit-text").text());
        assertFalse(alice.get(MINE).body().contains("life-1"), "ripe thoughts are not open");

        assertEquals(200, alice.postJson(stagePath(pageId, "life-1"), "{\"stage\":\"growing\"}").statusCode(), "one step back over REST");
        assertEquals(List.of("growing"), stages(view(alice, pageId)));
        assertTrue(alice.get(MINE).body().contains("\"macroId\":\"life-1\""), "open again");
        editPage(eva, pageId, server.hosts().pages().find(pageId).orElseThrow().body().replace("PLAN-V2", "PLAN-V3"));
        assertEquals(List.of("growing"), stages(view(alice, pageId)), "the parameter still says ripe, unchanged: the move stands");
    }

    @Test
    void trashRestoreAndPurge_followThePage() throws Exception {
        PreviewClient eva = as("eva"); // a team space admin: she restores and purges
        long pageId = createPage(eva, DemoContent.TEAM, "Eva's short-lived thought",
                thought("short-1", "<p>Soon gone.</p>", "question", "SHORT-LIVED question?"));
        String path = feedbackPath(pageId, "short-1");
        PreviewClient bruno = as("bruno");
        long feedbackId = created(give(bruno, pageId, "short-1", "go-on", "SHORT-FEEDBACK", false));
        ThoughtStore thoughts = server.hosts().plugin().bean(ThoughtStore.class);
        FeedbackStore feedback = server.hosts().plugin().bean(FeedbackStore.class);
        assertTrue(eva.get(MINE).body().contains("\"macroId\":\"short-1\""), eva.get(MINE).body());
        assertTrue(eva.get(MINE_PAGE).body().contains("SHORT-LIVED question?"));

        assertEquals(302, eva.postForm("/pages/trashpage.action?pageId=" + pageId, "atl_token=" + eva.formToken()).statusCode());
        assertFalse(eva.get(MINE).body().contains("short-1"), "a trashed page's thought leaves the list");
        assertFalse(eva.get(MINE_PAGE).body().contains("SHORT-LIVED question?"));
        assertEquals(404, bruno.get(path).statusCode(), "nobody views a trashed page");
        assertEquals(404, bruno.postJson(path, "{\"kind\":\"go-on\"}").statusCode());
        assertEquals(1, feedback.forThought(pageId, "short-1").size(), "kept while in the trash");

        assertEquals(302, eva.postForm("/pages/restorepage.action?pageId=" + pageId, "atl_token=" + eva.formToken()).statusCode());
        assertTrue(eva.get(MINE).body().contains("\"macroId\":\"short-1\""), "restored: back in the list");
        assertTrue(eva.get(MINE).body().contains("\"feedback\":1,\"unanswered\":1,"), eva.get(MINE).body());
        assertTrue(bruno.get(path).body().contains("SHORT-FEEDBACK"), "with its feedback");

        assertEquals(302, eva.postForm("/pages/trashpage.action?pageId=" + pageId, "atl_token=" + eva.formToken()).statusCode());
        assertEquals(302, eva.postForm("/pages/purgepage.action?pageId=" + pageId, "atl_token=" + eva.formToken()).statusCode());
        assertTrue(thoughts.find(pageId, "short-1").isEmpty(), "purged: the thought is gone");
        assertTrue(feedback.forThought(pageId, "short-1").isEmpty(), "purged: its feedback is gone");
        assertTrue(feedback.find(feedbackId).isEmpty());
        assertEquals(404, bruno.get(path).statusCode());
        assertEquals(404, bruno.send("PUT", path + "/" + feedbackId, "application/json", "{\"kind\":\"go-on\"}").statusCode());
        assertFalse(eva.get(MINE).body().contains("short-1"));
        assertTrue(thoughts.find(thoughtsId, seed).isPresent(), "other pages keep theirs");
    }

    @Test
    void sqlStatementsPerPage_doNotGrowWithTheNumberOfThoughts() throws Exception {
        Map<String, List<Long>> statements = new LinkedHashMap<>();
        for (int thoughts : new int[]{1, 10, 50}) {
            long pageId = savePage("Thoughts x" + thoughts, thoughtsStorage(thoughts), "8a7f80a1-eva");
            String first = "sql-" + thoughts + "-0";
            String last = "sql-" + thoughts + "-" + (thoughts - 1);
            created(give(as("bruno"), pageId, first, "go-on", "first", false));
            created(give(as("dirk"), pageId, last, "see-differently", "last", true));
            for (String reader : List.of("alice", "eva", "")) { // a colleague who may edit, the author, anonymous
                PreviewClient client = reader.isEmpty() ? anonymous() : as(reader);
                String path = "/pages/viewpage.action?pageId=" + pageId;
                assertEquals(thoughts, count(client.get(path).body(), "data-outloud-macro=\"half-finished-thought\""), reader);
                statements.computeIfAbsent(reader, r -> new ArrayList<>())
                        .add(Long.parseLong(client.get(path).header(RequestFilter.SQL_HEADER).orElseThrow()));
            }
        }
        for (Map.Entry<String, List<Long>> reader : statements.entrySet()) {
            List<Long> counts = reader.getValue();
            assertEquals(counts.get(0), counts.get(1), "'" + reader.getKey() + "', 1 vs 10 thoughts: " + statements);
            assertEquals(counts.get(0), counts.get(2), "'" + reader.getKey() + "', 1 vs 50 thoughts: " + statements);
            assertNotEquals(0L, counts.get(0));
        }
    }

    /** Thoughts in every stage and with every kind of rule: open to all or to a community, visible to all or to the author. */
    private static String thoughtsStorage(int thoughts) {
        StringBuilder storage = new StringBuilder("<p>Many thoughts.</p>");
        List<String[]> rules = List.of(new String[]{"stage", "seed", "anonymous-feedback", "true"},
                new String[]{"stage", "growing", "feedback-visible-to", "author"},
                new String[]{"stage", "ripe"},
                new String[]{"stage", "seed", "feedback-from", "community", "community", "gardeners"});
        for (int i = 0; i < thoughts; i++) {
            String[] parameters = rules.get(i % rules.size());
            if (i == 0 || i == thoughts - 1) {
                parameters = new String[]{"stage", "growing", "anonymous-feedback", "true"}; // they take the feedback
            }
            List<String> withQuestion = new ArrayList<>(List.of(parameters));
            withQuestion.addAll(List.of("question", "Question " + i + "?"));
            storage.append(thought("sql-" + thoughts + "-" + i, "<p>Thought " + i + "</p>", withQuestion.toArray(new String[0])));
        }
        return storage.toString();
    }
}
