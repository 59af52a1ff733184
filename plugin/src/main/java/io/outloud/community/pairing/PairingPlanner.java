package io.outloud.community.pairing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Matches a round's people across departments. Pure: no store, no host, the same seed gives the same plan.
 *
 * <p>Rules: every pair crosses departments (people without a department count as one department, "none"); nobody is
 * matched with themselves; a pair that met before is made only when the person has no fresh cross-department partner
 * left; one person left over joins a pair as a trio (cross-department with both, fresh if possible); whoever is left
 * after that is unmatched.
 *
 * <p>How: a greedy that always serves the department with the most people still waiting (its people have the fewest
 * options) and gives them a partner from the next biggest other department, which matches as many people as
 * departments allow. A group of up to {@link #SMALL_GROUP} people gets {@link #ATTEMPTS} randomised attempts, and the
 * best plan is kept: most people matched, then fewest repeats, then fewest repeats the next round would need (a plan
 * that leaves no fresh pairs for next time loses to one that does). A big group gets one greedy pass, which is linear
 * in the number of people times the number of departments.
 */
public final class PairingPlanner {
    static final int SMALL_GROUP = 64;
    static final int ATTEMPTS = 24;
    static final int LOOKAHEAD_ATTEMPTS = 6;

    public PairingPlan plan(List<PairingCandidate> candidates, PairHistory history, long seed) {
        List<PairingCandidate> people = distinct(candidates);
        Random random = new Random(seed);
        if (people.size() > SMALL_GROUP) {
            return attempt(people, history, random, false);
        }
        PairingPlan best = null;
        int bestAhead = Integer.MAX_VALUE;
        for (int i = 0; i < ATTEMPTS; i++) {
            PairingPlan plan = attempt(people, history, random, i > 0);
            int order = best == null ? -1 : compare(plan, best);
            if (order > 0) {
                continue;
            }
            int ahead = repeatsNextRound(people, history.with(Integer.MAX_VALUE, plan.groups()), random);
            if (order < 0 || ahead < bestAhead) {
                best = plan;
                bestAhead = ahead;
            }
        }
        return best;
    }

    /** Negative when {@code a} is better: more people matched, then fewer repeats. */
    private static int compare(PairingPlan a, PairingPlan b) {
        if (a.matchedPeople() != b.matchedPeople()) {
            return Integer.compare(b.matchedPeople(), a.matchedPeople());
        }
        return Integer.compare(a.repeats(), b.repeats());
    }

    private int repeatsNextRound(List<PairingCandidate> people, PairHistory after, Random random) {
        PairingPlan best = null;
        for (int i = 0; i < LOOKAHEAD_ATTEMPTS; i++) {
            PairingPlan next = attempt(people, after, random, i > 0);
            if (best == null || compare(next, best) < 0) {
                best = next;
            }
        }
        return best == null ? 0 : best.repeats();
    }

    private static List<PairingCandidate> distinct(List<PairingCandidate> candidates) {
        Set<String> seen = new LinkedHashSet<>();
        List<PairingCandidate> people = new ArrayList<>();
        for (PairingCandidate candidate : candidates) {
            if (seen.add(candidate.userKey())) {
                people.add(candidate);
            }
        }
        return people;
    }

    private static String departmentOf(PairingCandidate candidate) {
        return candidate.department().toLowerCase(Locale.ROOT);
    }

    /** One greedy pass; {@code noisy} varies the partner's department and the partner within it. */
    private static PairingPlan attempt(List<PairingCandidate> people, PairHistory history, Random random, boolean noisy) {
        Map<String, List<PairingCandidate>> waiting = new LinkedHashMap<>();
        for (PairingCandidate person : people) {
            waiting.computeIfAbsent(departmentOf(person), k -> new ArrayList<>()).add(person);
        }
        List<List<PairingCandidate>> departments = new ArrayList<>(waiting.values());
        departments.forEach(d -> Collections.shuffle(d, random));
        Collections.shuffle(departments, random); // ties between equally big departments go either way

        List<PairingGroup> groups = new ArrayList<>();
        List<PairingCandidate> unmatched = new ArrayList<>();
        while (true) {
            List<PairingCandidate> biggest = biggest(departments, null);
            if (biggest == null) {
                break;
            }
            PairingCandidate person = biggest.remove(biggest.size() - 1);
            PairingCandidate partner = takePartner(person, biggest, departments, history, random, noisy);
            if (partner == null) {
                unmatched.add(person);
                unmatched.addAll(biggest);
                biggest.clear();
                break;
            }
            List<String> pair = List.of(person.userKey(), partner.userKey());
            groups.add(new PairingGroup(pair, history.met(person.userKey(), partner.userKey()) ? 1 : 0));
        }
        if (!unmatched.isEmpty()) {
            joinTrio(unmatched, people, groups, history);
        }
        return new PairingPlan(groups, unmatched.stream().map(PairingCandidate::userKey).toList());
    }

    /** The department with the most people waiting, other than {@code except}; null when none has anyone. */
    private static List<PairingCandidate> biggest(List<List<PairingCandidate>> departments, List<PairingCandidate> except) {
        List<PairingCandidate> biggest = null;
        for (List<PairingCandidate> department : departments) {
            if (department != except && !department.isEmpty() && (biggest == null || department.size() > biggest.size())) {
                biggest = department;
            }
        }
        return biggest;
    }

    /**
     * Removes and returns a partner from another department: a fresh one from the biggest other department if it has
     * one, else a fresh one from any other, else the one met longest ago. Null when no other department has anyone.
     */
    private static PairingCandidate takePartner(PairingCandidate person, List<PairingCandidate> own, List<List<PairingCandidate>> departments,
                                                PairHistory history, Random random, boolean noisy) {
        List<PairingCandidate> first = biggest(departments, own);
        if (first == null) {
            return null;
        }
        if (noisy && random.nextBoolean()) {
            List<List<PairingCandidate>> others = departments.stream().filter(d -> d != own && !d.isEmpty()).toList();
            first = others.get(random.nextInt(others.size()));
        }
        PairingCandidate fresh = takeFresh(person, first, history, noisy ? random.nextInt(first.size()) : 0);
        if (fresh != null) {
            return fresh;
        }
        List<List<PairingCandidate>> rest = new ArrayList<>();
        for (List<PairingCandidate> department : departments) {
            if (department != own && department != first && !department.isEmpty()) {
                rest.add(department);
            }
        }
        rest.sort((a, b) -> Integer.compare(b.size(), a.size()));
        for (List<PairingCandidate> department : rest) {
            fresh = takeFresh(person, department, history, 0);
            if (fresh != null) {
                return fresh;
            }
        }
        rest.add(0, first);
        List<PairingCandidate> from = null;
        int index = -1;
        int oldest = Integer.MAX_VALUE;
        for (List<PairingCandidate> department : rest) {
            for (int i = 0; i < department.size(); i++) {
                int last = history.lastRound(person.userKey(), department.get(i).userKey());
                if (from == null || last < oldest) {
                    oldest = last;
                    from = department;
                    index = i;
                }
            }
        }
        return take(from, index);
    }

    /** A partner the person never met, looked for from the end of the list ({@code skew} places later), or null. */
    private static PairingCandidate takeFresh(PairingCandidate person, List<PairingCandidate> department, PairHistory history, int skew) {
        int size = department.size();
        for (int n = 0; n < size; n++) {
            int i = Math.floorMod(size - 1 - n - skew, size);
            if (!history.met(person.userKey(), department.get(i).userKey())) {
                return take(department, i);
            }
        }
        return null;
    }

    /** Removes the element at {@code index} in constant time (the order of a shuffled list does not matter). */
    private static PairingCandidate take(List<PairingCandidate> list, int index) {
        PairingCandidate found = list.get(index);
        int last = list.size() - 1;
        list.set(index, list.get(last));
        list.remove(last);
        return found;
    }

    /** The first unmatched person who can join a pair of two other departments does, preferring people they never met. */
    private static void joinTrio(List<PairingCandidate> unmatched, List<PairingCandidate> people, List<PairingGroup> groups, PairHistory history) {
        Map<String, PairingCandidate> byKey = new LinkedHashMap<>();
        people.forEach(p -> byKey.put(p.userKey(), p));
        for (PairingCandidate odd : unmatched) {
            int best = -1;
            int bestRepeats = Integer.MAX_VALUE;
            for (int g = 0; g < groups.size(); g++) {
                List<String> pair = groups.get(g).userKeys();
                PairingCandidate a = byKey.get(pair.get(0));
                PairingCandidate b = byKey.get(pair.get(1));
                if (!odd.crossesDepartments(a) || !odd.crossesDepartments(b)) {
                    continue;
                }
                int repeats = (history.met(odd.userKey(), a.userKey()) ? 1 : 0) + (history.met(odd.userKey(), b.userKey()) ? 1 : 0);
                if (repeats < bestRepeats) {
                    best = g;
                    bestRepeats = repeats;
                    if (repeats == 0) {
                        break;
                    }
                }
            }
            if (best >= 0) {
                PairingGroup pair = groups.get(best);
                List<String> trio = new ArrayList<>(pair.userKeys());
                trio.add(odd.userKey());
                groups.set(best, new PairingGroup(trio, pair.repeats() + bestRepeats));
                unmatched.remove(odd);
                return;
            }
        }
    }
}
