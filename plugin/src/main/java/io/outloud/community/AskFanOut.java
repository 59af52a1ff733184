package io.outloud.community;

import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every other member of a community of an ask, outside the request that made it: a job drains the asks not yet
 * told, one batch of members at a time (read by keyset on their membership row from the ask's stored cursor). Each
 * batch is all or nothing: its claim, the in-app notices and the cursor's move are one transaction; its mails are
 * handed to the host's mail queue after that commit. A drainer that dies mid-batch keeps nothing of it (the next drain
 * tells that batch again); two drainers never both keep one batch (the claim is unique). So in-app notices reach each
 * member exactly once; a mail at most once (a node that dies between the commit and the hand-over loses that batch's
 * mails; the host's mail queue is in memory too).
 */
public class AskFanOut {
    private static final Logger LOG = Logger.getLogger(AskFanOut.class.getName());
    public static final int BATCH = 200;
    private static final int ASKS_PER_READ = 20;
    /** A batch that failed this often in one turn waits for the next turn (one that conflicted with another node's may pass). */
    private static final int TRIES_PER_TURN = 3;

    private final CommunityAskStore asks;
    private final CommunityStore communities;
    private final CommunityMembers members;
    private final Notifier notifier;
    private final Clock clock;

    public AskFanOut(CommunityAskStore asks, CommunityStore communities, CommunityMembers members, Notifier notifier, Clock clock) {
        this.asks = Objects.requireNonNull(asks);
        this.communities = Objects.requireNonNull(communities);
        this.members = Objects.requireNonNull(members);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Drains the queue until it is empty or {@code budget} has passed (the rest waits for the next turn). An ask whose
     * batch fails is left for the next turn. How many members were told.
     */
    public int drain(Duration budget) {
        Instant stop = clock.instant().plus(budget);
        Map<Long, Integer> failures = new HashMap<>();
        Set<Long> failing = new HashSet<>();
        int told = 0;
        while (clock.instant().isBefore(stop)) {
            List<CommunityAskStore.Pending> pending = asks.pending(ASKS_PER_READ + failing.size()).stream()
                    .filter(p -> !failing.contains(p.ask().id())).limit(ASKS_PER_READ).toList();
            if (pending.isEmpty()) {
                break;
            }
            for (CommunityAskStore.Pending next : pending) {
                try {
                    told += tellNextBatch(next);
                } catch (RuntimeException e) {
                    if (failures.merge(next.ask().id(), 1, Integer::sum) == TRIES_PER_TURN) {
                        failing.add(next.ask().id());
                        LOG.log(Level.WARNING, "Out Loud could not tell a batch of ask " + next.ask().id() + "; the next turn tries again", e);
                    }
                }
            }
        }
        return told;
    }

    /** Tells the members after the ask's cursor, at most one batch; how many were told by this drainer (0 if another took it). */
    int tellNextBatch(CommunityAskStore.Pending next) {
        CommunityAsk ask = next.ask();
        Optional<Community> community = communities.find(ask.communityKey());
        List<CommunityMembers.Numbered> batch = community.isEmpty() ? List.of()
                : members.membersAfter(ask.communityKey(), next.toldUpTo(), ask.at(), BATCH);
        if (batch.isEmpty()) {
            asks.toldAll(ask.id());
            return 0;
        }
        List<Notice> notices = batch.stream().map(CommunityMembers.Numbered::userKey).filter(member -> !member.equals(ask.askerKey()))
                .map(member -> new Notice(member, Notice.Kind.COMMUNITY_ASK, ask.askerKey(), community.get().homePageId(), ask.communityKey(),
                        ask.text(), ask.id()))
                .toList();
        Runnable[] mails = new Runnable[1];
        boolean kept = asks.tellBatch(ask.id(), next.toldUpTo(), batch.get(batch.size() - 1).rowId(), notices.size(), clock.instant(),
                () -> mails[0] = notifier.notifyInBatch(notices));
        if (!kept) {
            return 0;
        }
        mails[0].run();
        return notices.size();
    }
}
