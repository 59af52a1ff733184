package io.outloud.thought;

import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.json.JsonReader;
import io.outloud.community.InMemoryCommunityMembers;
import io.outloud.content.MacroIdentity;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;
import io.outloud.thought.rest.ThoughtResource;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static io.outloud.thought.ThoughtMarkup.thought;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What leaves the server about feedback (the REST resource over the service, in this package to share its fakes):
 * no user key ever, and the name of an unnamed piece's giver to nobody but the giver.
 */
class ThoughtResourceTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final String PRIVATE = "t-private";
    private static final String OPEN = "t-open";
    private static final String FARID = "key-farid";
    private static final String ALICE = "key-alice";
    private static final String BOB = "key-bob";

    private final InMemoryThoughtStore thoughts = new InMemoryThoughtStore();
    private final InMemoryFeedbackStore feedback = new InMemoryFeedbackStore();
    private final FakeViewer viewer = FakeViewer.signedIn(ALICE);
    private final MapSettingsStore settingsStore = new MapSettingsStore();
    private final ThoughtService service = new ThoughtService(thoughts, feedback,
            new FakePageAccess().withPage(PAGE, thought(OPEN, "anonymous-feedback", "true")
                    + thought(PRIVATE, "anonymous-feedback", "true", "feedback-visible-to", "author")),
            viewer, new FakePersonDirectory().with("farid", "Farid", "Finance").with("alice", "Alice Anders", "Sales").with("bob", "Bob Berg", "IT"),
            new SettingsService(settingsStore, key -> false, viewer), new InMemoryCommunityMembers(), new RecordingNotifier(),
            new MutableClock(NOW));
    private final ThoughtResource resource = new ThoughtResource(service, new KeyI18n());

    ThoughtResourceTest() {
        thoughts.create(new MacroIdentity(OPEN, PAGE, "DEV"), FARID, ThoughtStage.SEED, "", NOW);
        thoughts.create(new MacroIdentity(PRIVATE, PAGE, "DEV"), FARID, ThoughtStage.SEED, "", NOW);
        settingsStore.putSiteSetting(SiteSettings.UNNAMED_FEEDBACK, "true");
    }

    @Test
    void anUnnamedPiece_namesItsGiverToNobodyElse_andNoUserKeyLeaves() {
        Response given = resource.give(PAGE, OPEN, json("{\"kind\":\"go-on\",\"text\":\"quietly\",\"unnamed\":true}"));
        assertEquals(201, given.getStatus());
        Map<String, Object> sent = JsonReader.readObject((String) given.getEntity());
        assertEquals("outloud.thought.feedback.sent-unnamed", sent.get("sentText"));
        assertEquals("Alice Anders", name(sent), "the giver sees their own name");
        viewer.become(BOB);
        resource.give(PAGE, OPEN, json("{\"kind\":\"helps-me\",\"text\":\"named\"}"));

        for (String reader : Arrays.asList(FARID, BOB, "key-carol", null)) {
            viewer.become(reader);
            String body = (String) resource.board(PAGE, OPEN, null, 0).getEntity();
            assertFalse(body.contains("Alice"), reader + " learns who gave the unnamed piece: " + body);
            assertFalse(body.contains("alice"), reader + " gets her key or avatar: " + body);
            assertNoUserKey(body);
            List<Map<String, Object>> items = items(body);
            assertNull(items.get(0).get("giver"));
            assertEquals(true, items.get(0).get("unnamed"));
            assertEquals("Bob Berg", name(items.get(1)));
        }

        viewer.become(ALICE);
        String own = (String) resource.board(PAGE, OPEN, null, 0).getEntity();
        assertNoUserKey(own);
        assertEquals("Alice Anders", name(items(own).get(0)));
        assertEquals(true, items(own).get(0).get("mine"));
    }

    @Test
    void takingInAnUnnamedPiece_thanksWithoutAName() {
        long id = ((Number) JsonReader.readObject((String) resource.give(PAGE, OPEN, json("{\"kind\":\"go-on\",\"unnamed\":true}")).getEntity())
                .get("id")).longValue();
        viewer.become(FARID);

        String body = (String) resource.takeIn(PAGE, OPEN, id).getEntity();

        Map<String, Object> json = JsonReader.readObject(body);
        assertEquals("outloud.thought.feedback.thanks-unnamed", json.get("thanksText"));
        assertNull(json.get("giver"));
        assertFalse(body.contains("Alice"));
        assertNoUserKey(body);
    }

    @Test
    void takingInANamedPiece_thanksTheGiverByName() {
        long id = ((Number) JsonReader.readObject((String) resource.give(PAGE, OPEN, json("{\"kind\":\"go-on\"}")).getEntity()).get("id")).longValue();
        viewer.become(FARID);

        Map<String, Object> json = JsonReader.readObject((String) resource.takeIn(PAGE, OPEN, id).getEntity());

        assertEquals("outloud.thought.feedback.thanks(Alice Anders)", json.get("thanksText"));
        assertEquals(true, json.get("takenIn"));
        assertEquals(false, json.get("canTakeIn"));
    }

    @Test
    void whereOnlyTheAuthorSeesFeedback_othersReadHowMuchIsHidden_notWhoGaveIt() {
        resource.give(PAGE, PRIVATE, json("{\"kind\":\"go-on\",\"text\":\"from alice\"}"));
        viewer.become(BOB);
        resource.give(PAGE, PRIVATE, json("{\"kind\":\"go-on\",\"text\":\"from bob\"}"));
        viewer.become("key-carol");

        String body = (String) resource.board(PAGE, PRIVATE, null, 0).getEntity();

        Map<String, Object> json = JsonReader.readObject(body);
        assertEquals(List.of(), json.get("items"));
        assertEquals(2L, json.get("total"));
        assertEquals(false, json.get("allVisible"));
        assertEquals("outloud.thought.feedback.hidden(2)", json.get("hiddenText"));
        assertFalse(body.contains("Alice") || body.contains("Bob") || body.contains("from alice"), body);

        viewer.become(FARID);
        Map<String, Object> author = JsonReader.readObject((String) resource.board(PAGE, PRIVATE, null, 0).getEntity());
        assertNull(author.get("hiddenText"));
        assertEquals(2, ((List<?>) author.get("items")).size());
    }

    private static void assertNoUserKey(String body) {
        for (String key : List.of(FARID, ALICE, BOB, "key-carol")) {
            assertFalse(body.contains(key), "a user key left: " + body);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(String body) {
        return (List<Map<String, Object>>) JsonReader.readObject(body).get("items");
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> item) {
        Map<String, Object> giver = (Map<String, Object>) item.get("giver");
        assertTrue(giver != null, "no giver in " + item);
        return (String) giver.get("name");
    }

    /** Translates a key to "key(arg1,arg2)". */
    private static final class KeyI18n implements I18nResolver {
        @Override
        public String getText(String key) {
            return key;
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            if (arguments == null || arguments.length == 0) {
                return key;
            }
            return key + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        }

        @Override
        public String getText(Locale locale, String key, Serializable... arguments) {
            return getText(key, arguments);
        }
    }

    private static java.io.InputStream json(String body) {
        return new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
