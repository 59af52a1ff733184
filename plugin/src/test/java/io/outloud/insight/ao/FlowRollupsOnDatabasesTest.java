package io.outloud.insight.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.community.pairing.PairingAnswer;
import io.outloud.community.pairing.ao.AoPairSeat;
import io.outloud.community.pairing.ao.PairingFlows;
import io.outloud.content.MacroIdentity;
import io.outloud.insight.CommunityLeads;
import io.outloud.insight.FlowDay;
import io.outloud.insight.FlowKind;
import io.outloud.insight.InsightService;
import io.outloud.settings.SettingsService;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MapSettingsStore;
import io.outloud.testing.MutableClock;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.ThoughtStage;
import io.outloud.thought.ao.AoFeedback;
import io.outloud.thought.ao.AoFeedbackStore;
import io.outloud.thought.ao.AoThought;
import io.outloud.thought.ao.AoThoughtStore;
import io.outloud.thought.ao.ThoughtFlows;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.ao.AoBlock;
import io.outloud.wol.ao.AoBlockStore;
import io.outloud.wol.ao.AoHelpOffer;
import io.outloud.wol.ao.AoHelpStore;
import io.outloud.wol.ao.AoReaction;
import io.outloud.wol.ao.AoReactionStore;
import io.outloud.wol.ao.AoReply;
import io.outloud.wol.ao.AoReplyStore;
import io.outloud.wol.ao.AoShareRequest;
import io.outloud.wol.ao.AoShareRequestStore;
import io.outloud.wol.ao.WolFlows;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The roll-ups on H2 and PostgreSQL: the store keeps what it is given (unknown departments and no community as ""),
 * and the job's roll-up over the real tables of blocks, thoughts and pairing counts each kind of flow in the right
 * department pair, and leaves the same rows when it runs again.
 */
class FlowRollupsOnDatabasesTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate YESTERDAY = LocalDate.parse("2026-12-06");
    private static final Instant AT = Instant.parse("2026-12-06T14:30:00Z");
    private static final Comparator<FlowDay> ORDER = Comparator.comparing((FlowDay d) -> d.kind().ordinal()).thenComparing(FlowDay::fromDepartment)
            .thenComparing(FlowDay::toDepartment).thenComparing(FlowDay::community).thenComparing(FlowDay::day);

    private static JdbcActiveObjects ao(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoFlowDay.class, AoFlowRolled.class, AoBlock.class, AoReaction.class, AoReply.class, AoHelpOffer.class, AoShareRequest.class,
                AoThought.class, AoFeedback.class, AoPairSeat.class);
        return ao;
    }

    private static List<FlowDay> sorted(List<FlowDay> rows) {
        return rows.stream().sorted(ORDER).toList();
    }

    @EachDatabase
    void replaceDay_keepsTheRows_andReplacesThemWhole(TestDatabase db) {
        AoFlowRollups store = new AoFlowRollups(ao(db));
        FlowDay unknown = new FlowDay(YESTERDAY, "", "Engineering", FlowKind.REPLY, "", 3, 2, 1);
        FlowDay inData = new FlowDay(YESTERDAY, "Marketing", "Engineering", FlowKind.HELP_ACCEPTED, "data", 7, 5, 6);
        FlowDay before = new FlowDay(YESTERDAY.minusDays(1), "Marketing", "Finance", FlowKind.REACTION, "", 1, 1, 1);

        store.replaceDay(YESTERDAY.minusDays(1), List.of(before), NOW);
        store.replaceDay(YESTERDAY, List.of(unknown, inData), NOW);
        store.replaceDay(YESTERDAY, List.of(unknown, inData), NOW.plusSeconds(60));

        assertEquals(sorted(List.of(unknown, inData, before)), sorted(store.rows(YESTERDAY.minusDays(1), YESTERDAY, null)));
        assertEquals(List.of(inData), store.rows(YESTERDAY.minusDays(9), YESTERDAY, "data"));
        assertEquals(List.of(before), store.rows(YESTERDAY.minusDays(1), YESTERDAY.minusDays(1), null));
        assertEquals(NOW.plusSeconds(60), store.rolledDays(YESTERDAY, YESTERDAY).get(YESTERDAY));

        store.replaceDay(YESTERDAY, List.of(), NOW.plusSeconds(120));
        assertEquals(List.of(before), store.rows(YESTERDAY.minusDays(1), YESTERDAY, null));
        assertEquals(2, store.rolledDays(YESTERDAY.minusDays(5), YESTERDAY).size(), "a day without acts is rolled up too");

        assertEquals(1, store.forgetBefore(YESTERDAY));
        assertTrue(store.rows(LocalDate.EPOCH, YESTERDAY, null).isEmpty());
        assertEquals(List.of(YESTERDAY), List.copyOf(store.rolledDays(LocalDate.EPOCH, YESTERDAY).keySet()));
    }

    @EachDatabase
    void rollUp_countsEveryKindFromTheRealTables_andARerunLeavesTheSameRows(TestDatabase db) {
        JdbcActiveObjects ao = ao(db);
        FakePersonDirectory people = new FakePersonDirectory().with("mia", "Mia", "Marketing").with("max", "Max", "Marketing")
                .with("eli", "Eli", "Engineering").with("eve", "Eve", "Engineering").with("fin", "Fin", "Finance");
        AoBlockStore blocks = new AoBlockStore(ao);
        blocks.create(new MacroIdentity("b-1", 10L, "ENG"), "key-eli", BlockStatus.IN_PROGRESS, AT.minus(Duration.ofDays(3)));
        for (AoBlock block : ao.find(AoBlock.class, Query.select().where(AoBlock.MACRO_ID + " = ?", "b-1"))) {
            block.setCommunity("data");
            block.save();
        }
        AoReactionStore reactions = new AoReactionStore(ao);
        reactions.toggle(10L, "b-1", "key-mia", ReactionKind.USEFUL, AT);
        reactions.toggle(10L, "b-1", "key-max", ReactionKind.USEFUL, AT);
        reactions.toggle(10L, "b-1", "key-eli", ReactionKind.USEFUL, AT); // the author's own: no flow
        reactions.toggle(10L, "b-1", "key-fin", ReactionKind.USEFUL, AT.minus(Duration.ofDays(1)));
        new AoReplyStore(ao).add(10L, "b-1", "key-eve", "Same team", AT);
        AoHelpStore help = new AoHelpStore(ao);
        long offer = help.offer(10L, "b-1", "key-mia", "I can help", AT).orElseThrow().id();
        help.offer(10L, "b-1", "key-max", "Me too", AT);
        help.accept(offer);
        AoShareRequestStore requests = new AoShareRequestStore(ao);
        long asked = requests.create("key-fin", "key-eve", "Budgets", 10L, "b-1", AT.minus(Duration.ofDays(2))).orElseThrow().id();
        requests.answer(asked, 10L, "b-1", AT);
        new AoThoughtStore(ao).create(new MacroIdentity("t-1", 20L, "ENG"), "key-eli", ThoughtStage.SEED, "Why?", AT.minus(Duration.ofDays(4)));
        AoFeedbackStore feedback = new AoFeedbackStore(ao);
        feedback.takeIn(feedback.add(20L, "t-1", "key-fin", FeedbackKind.GO_ON, "Go on", true, false, AT.minus(Duration.ofDays(2))).id(), AT);
        feedback.add(20L, "t-1", "key-mia", FeedbackKind.GO_ON, "Not taken in", false, false, AT);
        seat(ao, "s-1", 1L, "key-max", PairingAnswer.MET.code(), AT);
        seat(ao, "s-2", 1L, "key-fin", null, null);

        MutableClock clock = new MutableClock(NOW);
        AoFlowRollups store = new AoFlowRollups(ao);
        FakeViewer viewer = FakeViewer.signedIn("key-admin");
        InsightService service = new InsightService(store, List.of(new WolFlows(ao), new ThoughtFlows(ao), new PairingFlows(ao)), people,
                new SettingsService(new MapSettingsStore(), "key-admin"::equals, viewer), "key-admin"::equals, noCommunities(), viewer, clock);
        while (service.rollUp() > 0) {
            // the whole history, a bounded number of days a run
        }

        List<FlowDay> expected = sorted(List.of(
                new FlowDay(YESTERDAY, "Marketing", "Engineering", FlowKind.REACTION, "data", 2, 2, 1),
                new FlowDay(YESTERDAY.minusDays(1), "Finance", "Engineering", FlowKind.REACTION, "data", 1, 1, 1),
                new FlowDay(YESTERDAY, "Engineering", "Engineering", FlowKind.REPLY, "data", 1, 1, 1),
                new FlowDay(YESTERDAY, "Marketing", "Engineering", FlowKind.HELP_OFFERED, "data", 2, 2, 1),
                new FlowDay(YESTERDAY, "Marketing", "Engineering", FlowKind.HELP_ACCEPTED, "data", 1, 1, 1),
                new FlowDay(YESTERDAY, "Finance", "Engineering", FlowKind.FEEDBACK_TAKEN_IN, "", 1, 1, 1),
                new FlowDay(YESTERDAY, "Engineering", "Finance", FlowKind.SHARE_ANSWERED, "data", 1, 1, 1),
                new FlowDay(YESTERDAY, "Marketing", "Finance", FlowKind.PAIRING_MET, "pairs", 1, 1, 1)));
        List<FlowDay> first = sorted(store.rows(YESTERDAY.minusDays(30), YESTERDAY, null));
        assertEquals(expected, first);

        clock.advance(Duration.ofHours(13));
        assertEquals(7, service.rollUp(), "the settling week is redone");
        assertEquals(first, sorted(store.rows(YESTERDAY.minusDays(30), YESTERDAY, null)), "and comes out the same");
    }

    private static void seat(JdbcActiveObjects ao, String key, long match, String userKey, String answer, Instant answeredAt) {
        ao.create(AoPairSeat.class, new DBParam(AoPairSeat.SEAT_KEY, key), new DBParam(AoPairSeat.MATCH_ID, match),
                new DBParam(AoPairSeat.COMMUNITY_KEY, "pairs"), new DBParam(AoPairSeat.ROUND_NO, 1), new DBParam(AoPairSeat.USER_KEY, userKey),
                new DBParam(AoPairSeat.ANSWER, answer), new DBParam(AoPairSeat.ANSWERED_AT, answeredAt == null ? 0L : answeredAt.toEpochMilli()));
    }

    private static CommunityLeads noCommunities() {
        return new CommunityLeads() {
            @Override
            public boolean leads(String userKey, String communityKey) {
                return false;
            }

            @Override
            public Optional<String> name(String communityKey) {
                return Optional.empty();
            }
        };
    }
}
