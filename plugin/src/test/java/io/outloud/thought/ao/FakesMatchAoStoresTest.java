package io.outloud.thought.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.content.MacroIdentity;
import io.outloud.thought.Feedback;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.FeedbackStore;
import io.outloud.thought.InMemoryFeedbackStore;
import io.outloud.thought.InMemoryThoughtStore;
import io.outloud.thought.Thought;
import io.outloud.thought.ThoughtStage;
import io.outloud.thought.ThoughtStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The in-memory fakes the service tests run on answer as the Active Objects stores do: the same operations, in the
 * same (seeded, random) order, give the same results on both. A fake that drifts from its store makes the service
 * tests prove nothing.
 */
class FakesMatchAoStoresTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");
    private static final int STEPS = 200;
    private static final String[] MACROS = {"m-1", "m-2", "m-3"};
    private static final long[] PAGES = {10L, 11L, 12L};
    private static final String[] SPACES = {"DEV", "OPS"};
    private static final String[] PEOPLE = {"alice", "bob", "carol"};

    @EachDatabase
    void theThoughtStoreFake_answersAsAoThoughtStore(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoThought.class);
        ThoughtStore real = new AoThoughtStore(ao);
        ThoughtStore fake = new InMemoryThoughtStore();
        Random random = new Random(20261102);

        for (int i = 0; i < STEPS; i++) {
            int step = i;
            Instant at = T0.plusSeconds(step * 7L % 50); // times repeat: ties are ordered by id on both
            String macroId = pick(random, MACROS);
            long pageId = PAGES[random.nextInt(PAGES.length)];
            int operation = random.nextInt(12);
            String what = step + ": operation " + operation + " on " + pageId + "/" + macroId;
            switch (operation) {
                case 0, 1 -> {
                    MacroIdentity identity = new MacroIdentity(macroId, pageId, pick(random, SPACES));
                    ThoughtStage stage = pick(random, ThoughtStage.values());
                    String author = pick(random, PEOPLE);
                    same(what, store -> store.create(identity, author, stage, "q" + step, at), real, fake);
                }
                case 2 -> {
                    ThoughtStage stage = pick(random, ThoughtStage.values());
                    String question = "saved " + step;
                    same(what, store -> {
                        store.pageSaved(pageId, macroId, stage, question);
                        return store.find(pageId, macroId);
                    }, real, fake);
                }
                case 3 -> {
                    ThoughtStage stage = pick(random, ThoughtStage.values());
                    same(what, store -> {
                        store.moveStage(pageId, macroId, stage, at);
                        return store.find(pageId, macroId);
                    }, real, fake);
                }
                case 4 -> same(what, store -> {
                    store.touch(pageId, macroId, at);
                    return store.find(pageId, macroId);
                }, real, fake);
                case 5 -> {
                    List<Thought> known = real.findByPage(pageId);
                    long id = known.isEmpty() ? 9_999 : known.get(random.nextInt(known.size())).id();
                    int choice = random.nextInt(3);
                    long upTo = random.nextInt(9);
                    same(what, store -> {
                        if (choice == 0) {
                            store.markNoticeOwed(id, at);
                        } else if (choice == 1) {
                            store.noticeSent(id, upTo, at);
                        }
                        return List.of(store.noticesOwed(at, 3), String.valueOf(store.findByPage(pageId)));
                    }, real, fake);
                }
                case 6 -> {
                    String author = pick(random, PEOPLE);
                    int limit = 1 + random.nextInt(4);
                    same(what, store -> store.openByAuthor(author, limit), real, fake);
                }
                case 7 -> {
                    String space = pick(random, SPACES);
                    same(what, store -> store.pageIdsInSpace(space).stream().sorted().toList(), real, fake);
                }
                case 8 -> {
                    String space = pick(random, SPACES);
                    same(what, store -> {
                        store.moveToSpace(pageId, space);
                        return store.findByPage(pageId);
                    }, real, fake);
                }
                case 9 -> {
                    boolean trashed = random.nextBoolean();
                    same(what, store -> {
                        store.setTrashed(pageId, trashed);
                        return store.openByAuthor(pick(new Random(step), PEOPLE), 10);
                    }, real, fake);
                }
                case 10 -> {
                    if (random.nextInt(4) == 0) {
                        same(what, store -> store.deleteByPage(pageId), real, fake);
                    }
                }
                default -> same(what, store -> List.of(store.find(pageId, macroId), store.findByPage(pageId)), real, fake);
            }
        }
    }

    @EachDatabase
    void theFeedbackStoreFake_answersAsAoFeedbackStore(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoFeedback.class);
        FeedbackStore real = new AoFeedbackStore(ao);
        FeedbackStore fake = new InMemoryFeedbackStore();
        Random random = new Random(20261103);
        List<Long> ids = new ArrayList<>();

        for (int i = 0; i < STEPS; i++) {
            int step = i;
            Instant at = T0.plusSeconds(step * 7L % 50);
            String macroId = pick(random, MACROS);
            long pageId = PAGES[random.nextInt(PAGES.length)];
            long id = ids.isEmpty() || random.nextInt(10) == 0 ? 9_999 : ids.get(random.nextInt(ids.size()));
            int operation = random.nextInt(11);
            String what = step + ": operation " + operation + " on " + pageId + "/" + macroId + " #" + id;
            switch (operation) {
                case 0, 1 -> {
                    String giver = pick(random, PEOPLE);
                    FeedbackKind kind = pick(random, FeedbackKind.values());
                    boolean unnamed = random.nextBoolean();
                    String text = random.nextBoolean() ? "" : "text " + step;
                    Feedback added = same(what, store -> store.add(pageId, macroId, giver, kind, text, unnamed, at), real, fake);
                    ids.add(added.id());
                }
                case 2 -> {
                    FeedbackKind kind = pick(random, FeedbackKind.values());
                    same(what, store -> {
                        store.edit(id, kind, "edited " + step, at);
                        return store.find(id);
                    }, real, fake);
                }
                case 3 -> same(what, store -> {
                    store.delete(id);
                    return store.find(id);
                }, real, fake);
                case 4 -> same(what, store -> List.of(store.takeIn(id, at), store.find(id)), real, fake);
                case 5 -> same(what, store -> List.of(store.forThought(pageId, macroId), store.forPage(pageId)), real, fake);
                case 6, 10 -> same(what, store -> store.forThought(pageId, macroId), real, fake);
                case 7 -> {
                    List<Thought> asked = List.of(thought(pageId, macroId), thought(PAGES[random.nextInt(PAGES.length)], pick(random, MACROS)));
                    same(what, store -> readable(store.countsFor(asked)), real, fake);
                }
                case 8 -> {
                    if (random.nextInt(4) == 0) {
                        same(what, store -> store.deleteByPage(pageId), real, fake);
                    }
                }
                default -> same(what, store -> store.find(id), real, fake);
            }
        }
    }

    private static <S, R> R same(String what, Function<S, R> operation, S real, S fake) {
        R expected = operation.apply(real);
        assertEquals(expected, operation.apply(fake), what);
        return expected;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Thought thought(long pageId, String macroId) {
        return new Thought(1, new MacroIdentity(macroId, pageId, "DEV"), "author", ThoughtStage.SEED, ThoughtStage.SEED, "", T0, T0, null, 0L, null);
    }

    private static Map<String, List<Integer>> readable(Map<String, int[]> counts) {
        Map<String, List<Integer>> readable = new TreeMap<>();
        counts.forEach((key, count) -> readable.put(key, List.of(count[0], count[1])));
        return readable;
    }
}
