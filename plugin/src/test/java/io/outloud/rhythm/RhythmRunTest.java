package io.outloud.rhythm;

import io.outloud.common.Keyset;
import io.outloud.community.Community;
import io.outloud.community.InMemoryCommunityAskStore;
import io.outloud.community.InMemoryCommunityMembers;
import io.outloud.community.InMemoryCommunityStore;
import io.outloud.community.Membership;
import io.outloud.content.MacroIdentity;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.follow.Follow;
import io.outloud.follow.FollowKind;
import io.outloud.follow.FollowStore;
import io.outloud.notify.Notice;
import io.outloud.notify.NoticeLines;
import io.outloud.people.InMemoryPersonProfiles;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.thought.InMemoryFeedbackStore;
import io.outloud.thought.InMemoryThoughtStore;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.StreamBatch;
import io.outloud.wol.StreamFilter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who gets which of the rhythm's mails, once, and nothing about a page they may not view. */
class RhythmRunTest {
    private static final Instant MONDAY = Instant.parse("2026-12-14T08:00:00Z");
    private static final String BRUNO = "key-bruno";
    private static final String FARID = "key-farid";
    private static final String CHLOE = "key-chloe";

    private Instant now = MONDAY;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Set<Long>> mayView = new HashMap<>();
    private final List<Follow> follows = new ArrayList<>();
    private final Set<String> audience = new TreeSet<>(List.of(BRUNO, CHLOE, FARID));
    private final InMemoryPersonProfiles profiles = new InMemoryPersonProfiles();
    private final InMemoryCommunityMembers members = new InMemoryCommunityMembers();
    private final InMemoryCommunityStore communities = new InMemoryCommunityStore(members);
    private final InMemoryCommunityAskStore asks = new InMemoryCommunityAskStore();
    private final InMemoryRhythmStores.Preferences preferences = new InMemoryRhythmStores.Preferences();
    private final InMemoryRhythmStores.Held held = new InMemoryRhythmStores.Held();
    private final InMemoryRhythmStores.Runs runs = new InMemoryRhythmStores.Runs();
    private final List<String> mails = new ArrayList<>();
    private final Map<String, WeeklyDigest> weekly = new HashMap<>();

    private final RhythmRun run = new RhythmRun(new DigestCalendar(ZoneOffset.UTC), runs,
            (after, limit) -> audience.stream().filter(k -> k.compareTo(after) > 0).limit(limit).toList(), preferences, held,
            new DigestComposer(follows(), this::stream, pages(), new FakePersonDirectory().with("farid", "Farid", "Data").with("chloe", "Chloé", "Sales"),
                    profiles, members, communities, asks, new InMemoryThoughtStore(), new InMemoryFeedbackStore(), held, noticeLines()),
            new RhythmMail() {
                @Override
                public void weekly(String userKey, WeeklyDigest digest) {
                    mails.add("weekly " + userKey);
                    weekly.put(userKey, digest);
                }

                @Override
                public void daily(String userKey, List<DigestEntry> notices) {
                    mails.add("daily " + userKey + " " + notices.size());
                }

                @Override
                public void nudge(String userKey, String path) {
                    mails.add("nudge " + userKey + " " + path);
                }
            }, clock);

    private StreamBatch stream(StreamFilter filter, io.outloud.wol.StreamCursor before, int limit) {
        return StreamBatch.of(blocks.stream().filter(b -> filter.followed() == null || filter.followed().authorKeys().contains(b.authorKey()))
                .filter(b -> filter.status() == null || b.status() == filter.status())
                .filter(b -> filter.authorKey() == null || b.authorKey().equals(filter.authorKey()))
                .filter(b -> filter.label() == null || filter.label().equals("kubernetes") && b.status() == BlockStatus.STUCK)
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).limit(limit).toList());
    }

    private PageAccess pages() {
        return new PageAccess() {
            @Override
            public Optional<PageRef> viewablePage(long pageId) {
                throw new AssertionError("a job has no current person: it asks for the recipient");
            }

            @Override
            public Optional<PageRef> viewablePageFor(String userKey, long pageId) {
                return mayView.getOrDefault(userKey, Set.of()).contains(pageId) ? Optional.of(new PageRef(pageId, "DEV", "Page " + pageId, "")) : Optional.empty();
            }
        };
    }

    private FollowStore follows() {
        return new FollowStore() {
            public boolean add(String followerKey, FollowKind kind, String target, Instant at) {
                return follows.add(new Follow(follows.size() + 1, followerKey, kind, target, at));
            }

            public boolean remove(String followerKey, FollowKind kind, String target) {
                return false;
            }

            public int count(String followerKey) {
                return all(followerKey).size();
            }

            public List<Follow> mine(String followerKey, Keyset after, int limit) {
                return all(followerKey);
            }

            public List<Follow> all(String followerKey) {
                return follows.stream().filter(f -> f.followerKey().equals(followerKey)).toList();
            }
        };
    }

    private static NoticeLines noticeLines() {
        return notice -> notice.pageId() == 20 ? Optional.empty() : Optional.of(new NoticeLines.Line("About page " + notice.pageId(), "/p/" + notice.pageId()));
    }

    private void block(long id, String author, long pageId, BlockStatus status, Instant at) {
        blocks.add(new Block(id, new MacroIdentity("m" + id, pageId, "DEV"), author, status, at, false));
    }

    private void community(String key, String name, long home) {
        communities.create(new Community(key, name, "curious", Community.Access.OPEN, List.of(), home, "home-" + key, CHLOE, MONDAY.minusSeconds(86400 * 30)));
        members.put(new Membership(key, BRUNO, Membership.State.MEMBER, Membership.Role.MEMBER, "Data", MONDAY.minusSeconds(86400 * 30)));
    }

    private void brunosWeek() {
        mayView.put(BRUNO, Set.of(10L, 30L));
        follows().add(BRUNO, FollowKind.PERSON, FARID, MONDAY.minusSeconds(86400 * 20));
        block(1, FARID, 10, BlockStatus.IN_PROGRESS, MONDAY.minus(Duration.ofDays(2)));
        block(2, FARID, 20, BlockStatus.IN_PROGRESS, MONDAY.minus(Duration.ofDays(2)));
        block(3, FARID, 10, BlockStatus.DONE, MONDAY.minus(Duration.ofDays(9)));
        block(4, CHLOE, 10, BlockStatus.STUCK, MONDAY.minus(Duration.ofDays(1)));
        profiles.putOpenTo(BRUNO, "Kubernetes, pricing", MONDAY.minusSeconds(86400 * 20));
        community("data-curious", "Data curious", 30);
        community("secret", "Secret circle", 40);
        asks.add("data-curious", CHLOE, "Who knows the survey export?", MONDAY.minus(Duration.ofDays(3)));
        asks.add("secret", CHLOE, "SECRET ASK", MONDAY.minus(Duration.ofDays(3)));
    }

    @Test
    void mondayMorning_brunoGetsOneDigest_withWhatHeFollows_aStuckColleagueOnHisTopic_andHisCommunitysAsk_andNothingHeMayNotView() {
        brunosWeek();

        assertEquals(1, run.run(Duration.ofMinutes(1)));

        assertEquals(List.of("weekly " + BRUNO), mails, "Farid and Chloé have nothing this week: no empty mail");
        WeeklyDigest digest = weekly.get(BRUNO);
        assertEquals(List.of(new DigestEntry("Farid", "Page 10", "", "/pages/viewpage.action?pageId=10#outloud-block-m1", 0)), digest.followed(),
                "the block of last week only, not the one on page 20 Bruno may not view, nor the one of nine days ago");
        assertEquals(List.of("Chloé"), digest.stuck().stream().map(DigestEntry::who).toList());
        assertEquals(List.of("Who knows the survey export?"), digest.asks().stream().map(DigestEntry::text).toList(),
                "not the ask of a community whose home Bruno may not view");
    }

    @Test
    void reRunning_theSameWeek_tellsNobodyTwice_andTheNextWeekTellsAgain() {
        brunosWeek();
        run.run(Duration.ofMinutes(1));

        assertEquals(0, run.run(Duration.ofMinutes(1)));
        runs.done.clear(); // even a run started afresh for the same week (its cursor lost) claims nobody twice
        runs.cursors.clear();
        assertEquals(0, run.run(Duration.ofMinutes(1)));
        now = MONDAY.plus(Duration.ofDays(1));
        assertEquals(0, run.run(Duration.ofMinutes(1)), "Tuesday: the same week");

        now = MONDAY.plus(Duration.ofDays(7));
        block(5, FARID, 10, BlockStatus.IN_PROGRESS, now.minus(Duration.ofDays(1)));
        assertEquals(1, run.run(Duration.ofMinutes(1)));
        assertEquals(List.of("weekly " + BRUNO, "weekly " + BRUNO), mails);
    }

    @Test
    void theFirstTurnAfterInstall_sendsNoDigestForTheWeekThatBeganBefore_butTheNextWeeksGoes() {
        brunosWeek();
        runs.firstTurn = null;

        assertEquals(0, run.run(Duration.ofMinutes(1)), "Monday 08:00 is after the week's 07:00: everything would read as new");
        now = MONDAY.plus(Duration.ofDays(7));
        block(5, FARID, 10, BlockStatus.IN_PROGRESS, now.minus(Duration.ofDays(1)));
        assertEquals(1, run.run(Duration.ofMinutes(1)));
    }

    @Test
    void aPersonWhoTurnedTheDigestOff_getsNone() {
        brunosWeek();
        preferences.save(BRUNO, RhythmPreferences.DEFAULT.with(Map.of(), false, null), MONDAY);

        assertEquals(0, run.run(Duration.ofMinutes(1)));
    }

    @Test
    void heldNotices_goInTheirDigest_onceAndAreThenReleased_andOnesAboutHiddenPagesAreLeftOut() {
        held.hold(List.of(new Notice(CHLOE, Notice.Kind.HELP_OFFER, BRUNO, 10, "m1", "offer")), Cadence.WEEKLY, MONDAY.minusSeconds(3600));
        // An ask held as a notice is not listed among the held ones: the digest lists the week's asks from their store.
        held.hold(List.of(new Notice(CHLOE, Notice.Kind.COMMUNITY_ASK, BRUNO, 10, "data-curious", "ask")), Cadence.WEEKLY, MONDAY.minusSeconds(3600));
        held.hold(List.of(new Notice(FARID, Notice.Kind.REPLY, BRUNO, 10, "m1", "r1"), new Notice(FARID, Notice.Kind.REPLY, BRUNO, 20, "m2", "r2")),
                Cadence.DAILY, MONDAY.minusSeconds(3600));

        assertEquals(2, run.run(Duration.ofMinutes(1)));

        assertTrue(mails.containsAll(List.of("weekly " + CHLOE, "daily " + FARID + " 1")), mails.toString());
        assertEquals(List.of("About page 10"), weekly.get(CHLOE).held().stream().map(DigestEntry::title).toList());
        assertTrue(held.rows.isEmpty(), "sent, or about a page no longer viewable: released");
    }

    @Test
    void theFridayNudge_isOffByDefault_andOnceAFridayForThoseWhoAskedBeforeIt_withALinkToTheirNewestBlock() {
        brunosWeek();
        now = Instant.parse("2026-12-18T09:30:00Z");
        run.run(Duration.ofMinutes(1));
        assertEquals(List.of(), mails.stream().filter(m -> m.startsWith("nudge")).toList());

        preferences.save(FARID, RhythmPreferences.DEFAULT.with(Map.of(), null, true), now);
        mayView.put(FARID, Set.of(10L));
        assertEquals(0, run.run(Duration.ofMinutes(1)), "this Friday's nudges went out before Farid asked: his first is next Friday");
        now = now.plus(Duration.ofDays(7));
        assertEquals(1, run.run(Duration.ofMinutes(1)));
        assertEquals(0, run.run(Duration.ofMinutes(1)));
        assertEquals(List.of("nudge " + FARID + " /pages/viewpage.action?pageId=10#outloud-block-m1"),
                mails.stream().filter(m -> m.startsWith("nudge")).toList());
    }

    @Test
    void aLargeAudience_goesInBatches_eachPersonOnce() {
        brunosWeek();
        for (int i = 0; i < 250; i++) {
            String key = String.format("key-p%03d", i);
            audience.add(key);
            held.hold(List.of(new Notice(key, Notice.Kind.REPLY, CHLOE, 30, "m3", "reply")), Cadence.WEEKLY, MONDAY.minusSeconds(60));
        }

        assertEquals(251, run.run(Duration.ofMinutes(1)));
        assertEquals(251, mails.stream().distinct().count());
        assertEquals(Optional.empty(), runs.cursor("weekly:2026-12-14"), "the week's run went through everyone");
    }
}
