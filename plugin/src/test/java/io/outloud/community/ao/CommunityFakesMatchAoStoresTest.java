package io.outloud.community.ao;

import io.outloud.aojdbc.JdbcActiveObjects;
import io.outloud.aojdbc.testing.EachDatabase;
import io.outloud.aojdbc.testing.TestDatabase;
import io.outloud.community.Community;
import io.outloud.community.CommunityAskStore;
import io.outloud.community.CommunityMembers;
import io.outloud.community.CommunityStore;
import io.outloud.community.DuplicateCommunityException;
import io.outloud.community.InMemoryCommunityAskStore;
import io.outloud.community.InMemoryCommunityMembers;
import io.outloud.community.InMemoryCommunityStore;
import io.outloud.community.Membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The community fakes the service, directory and registry tests run on answer as the Active Objects stores do: the
 * same operations, in the same (seeded, random) order, give the same results on both. A fake that drifts from its
 * store makes those tests prove nothing.
 */
class CommunityFakesMatchAoStoresTest {
    private static final String PLUGIN_KEY = "io.outloud.confluence";
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:30.123Z");
    private static final int STEPS = 300;
    private static final String[] KEYS = {"design", "platform", "sales"};
    private static final String[] NAMES = {"Design", "DESIGN", "Platform", "Sales", "Data Science", "data science"};
    private static final long[] PAGES = {0L, 10L, 11L};
    private static final String[] MACROS = {"m-1", "m-2", ""};
    private static final String[] PEOPLE = {"alice", "bob", "carol", "dave"};
    private static final String[] DEPARTMENTS = {"Design", "Finance", ""};
    private static final String[][] LABELS = {{}, {"ai"}, {"ai", "data"}, {"ux", "ai", "design"}};

    @EachDatabase
    void theCommunityStoreFake_answersAsAoCommunityStore(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoCommunity.class);
        CommunityStore real = new AoCommunityStore(ao);
        CommunityStore fake = new InMemoryCommunityStore();
        Random random = new Random(20261201);

        for (int i = 0; i < STEPS; i++) {
            int step = i;
            Instant at = T0.plusSeconds(step * 7L % 50);
            String key = pick(random, KEYS);
            long pageId = PAGES[1 + random.nextInt(2)];
            int operation = random.nextInt(12);
            String what = step + ": operation " + operation + " on " + key + " / page " + pageId;
            switch (operation) {
                case 0, 1 -> {
                    Community c = community(random, key, at);
                    same(what, store -> orDuplicate(() -> store.create(c)), real, fake);
                }
                case 2 -> {
                    if (real.find(key).isPresent()) {
                        Community c = community(random, key, at);
                        same(what, store -> List.of(orDuplicate(() -> store.update(c)), store.find(key)), real, fake);
                    }
                }
                case 3 -> {
                    long home = pick(random, new Long[]{0L, 10L, 11L});
                    String macroId = pick(random, MACROS);
                    same(what, store -> {
                        store.setHome(key, home, macroId);
                        return store.find(key);
                    }, real, fake);
                }
                case 4 -> same(what, store -> {
                    store.unhome(pageId);
                    return byKey(store.all());
                }, real, fake);
                case 5 -> same(what, store -> {
                    store.rehome(pageId);
                    return byKey(store.all());
                }, real, fake);
                case 6 -> same(what, store -> byKey(store.homedOn(pageId)), real, fake);
                case 7 -> same(what, store -> {
                    store.touch(key, at);
                    return store.activity();
                }, real, fake);
                case 8 -> {
                    if (random.nextInt(3) == 0) {
                        same(what, store -> {
                            store.delete(key);
                            return List.of(store.find(key), store.activity());
                        }, real, fake);
                    }
                }
                case 9 -> same(what, CommunityStore::all, real, fake);
                default -> same(what, store -> store.find(key), real, fake);
            }
        }
    }

    @EachDatabase
    void theMembersFake_answersAsAoCommunityMembers(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(io.outloud.community.ao.AoCommunity.class, AoCommunityMember.class);
        CommunityMembers real = new AoCommunityMembers(ao);
        CommunityMembers fake = new InMemoryCommunityMembers();
        Random random = new Random(20261202);

        for (int i = 0; i < STEPS * 2; i++) {
            int step = i;
            Instant at = T0.plusSeconds(step * 7L % 50);
            String community = pick(random, KEYS);
            String user = pick(random, PEOPLE);
            String department = pick(random, DEPARTMENTS);
            int operation = random.nextInt(16);
            String what = step + ": operation " + operation + " on " + community + "/" + user;
            switch (operation) {
                case 0, 1, 2 -> {
                    Membership m = new Membership(community, user, pick(random, Membership.State.values()),
                            pick(random, Membership.Role.values()), department, at);
                    same(what, store -> {
                        store.put(m);
                        return store.membership(community, user);
                    }, real, fake);
                }
                case 3 -> same(what, store -> {
                    store.join(community, user, at);
                    return store.membership(community, user);
                }, real, fake);
                case 4 -> same(what, store -> {
                    store.leave(community, user);
                    return List.of(store.membership(community, user), store.isMember(community, user));
                }, real, fake);
                case 5 -> same(what, store -> List.of(store.isMember(community, user), store.isLead(community, user),
                        store.communitiesOf(user)), real, fake);
                case 6 -> same(what, store -> store.memberKeys(community), real, fake);
                case 7, 8 -> {
                    String filter = random.nextInt(3) == 0 ? department : null;
                    int offset = random.nextInt(5);
                    int limit = 1 + random.nextInt(4);
                    same(what + " members(" + filter + ", " + offset + ", " + limit + ")",
                            store -> store.members(community, filter, offset, limit), real, fake);
                }
                case 9 -> {
                    Membership.State state = pick(random, Membership.State.values());
                    same(what, store -> store.inState(community, state), real, fake);
                }
                case 10 -> same(what, store -> store.leads(community), real, fake);
                case 11 -> same(what, store -> store.departments(community), real, fake);
                case 12 -> same(what, store -> store.communitiesOf(user), real, fake);
                case 13 -> same(what, store -> {
                    store.departmentChanged(user, department);
                    return List.of(store.membership(community, user), store.departments(community));
                }, real, fake);
                case 14 -> {
                    if (random.nextInt(4) == 0) {
                        same(what, store -> store.deleteCommunity(community), real, fake);
                    }
                }
                default -> same(what, store -> store.members(community, null, 0, 100), real, fake);
            }
        }
    }

    @EachDatabase
    void theAskStoreFake_answersAsAoCommunityAskStore(TestDatabase db) {
        JdbcActiveObjects ao = db.activeObjects(PLUGIN_KEY);
        ao.migrate(AoCommunityAsk.class, AoAskBatch.class);
        CommunityAskStore real = new AoCommunityAskStore(ao);
        CommunityAskStore fake = new InMemoryCommunityAskStore();
        Random random = new Random(20261203);

        for (int i = 0; i < STEPS; i++) {
            int step = i;
            Instant at = T0.plusSeconds(step * 7L % 50);
            String community = pick(random, KEYS);
            int operation = random.nextInt(6);
            String what = step + ": operation " + operation + " on " + community;
            switch (operation) {
                case 0, 1, 2 -> {
                    String asker = pick(random, PEOPLE);
                    same(what, store -> store.add(community, asker, "ask " + step, at), real, fake);
                }
                case 3 -> {
                    if (random.nextInt(3) == 0) {
                        same(what, store -> store.deleteCommunity(community), real, fake);
                    }
                }
                default -> {
                    List<String> keys = new ArrayList<>(List.of(KEYS));
                    Collections.shuffle(keys, random);
                    List<String> asked = keys.subList(0, 1 + random.nextInt(keys.size()));
                    Instant since = T0.plusSeconds(random.nextInt(50));
                    int limit = 1 + random.nextInt(6);
                    same(what + " recent(" + asked + ", " + since + ", " + limit + ")", store -> store.recent(asked, since, limit), real, fake);
                }
            }
        }
    }

    private static Community community(Random random, String key, Instant at) {
        return new Community(key, pick(random, NAMES), random.nextBoolean() ? "" : "curious " + at.getEpochSecond(),
                pick(random, Community.Access.values()), List.of(pick(random, LABELS)), PAGES[random.nextInt(PAGES.length)],
                pick(random, MACROS), pick(random, PEOPLE), at);
    }

    private static Object orDuplicate(Supplier<Community> write) {
        try {
            return write.get();
        } catch (DuplicateCommunityException e) {
            return "duplicate " + e.getMessage();
        }
    }

    /** Communities by key (the port gives homedOn in no order). */
    private static List<Community> byKey(List<Community> communities) {
        List<Community> sorted = new ArrayList<>(communities);
        sorted.sort(java.util.Comparator.comparing(Community::key));
        return sorted;
    }

    private static <S, R> R same(String what, Function<S, R> operation, S real, S fake) {
        R expected = operation.apply(real);
        assertEquals(expected, operation.apply(fake), what);
        return expected;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
