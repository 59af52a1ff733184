package io.outloud.rhythm;

import io.outloud.community.Community;
import io.outloud.community.CommunityAsk;
import io.outloud.community.CommunityAskStore;
import io.outloud.community.CommunityLinks;
import io.outloud.community.CommunityMembers;
import io.outloud.community.CommunityStore;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.follow.Follow;
import io.outloud.follow.FollowStore;
import io.outloud.notify.Notice;
import io.outloud.notify.NoticeLines;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.people.PersonProfiles;
import io.outloud.thought.Feedback;
import io.outloud.thought.FeedbackStore;
import io.outloud.thought.Thought;
import io.outloud.thought.ThoughtLinks;
import io.outloud.thought.ThoughtStore;
import io.outloud.wol.Block;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.Followed;
import io.outloud.wol.StreamFilter;
import io.outloud.wol.StreamItem;
import io.outloud.wol.StreamStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one person's digest from the features' own ports. Every entry about a page is kept only if the person may view
 * that page now (asked of the host for them, not for whoever runs the job); a community's ask only if they may view its
 * home page. A bounded number of entries per section, and a bounded number of statements per person.
 */
public class DigestComposer {
    static final int PER_SECTION = 10;
    static final int CANDIDATES = 30;
    static final int TOPICS = 5;

    private final FollowStore follows;
    private final StreamStore stream;
    private final PageAccess pages;
    private final PersonDirectory people;
    private final PersonProfiles profiles;
    private final CommunityMembers members;
    private final CommunityStore communities;
    private final CommunityAskStore asks;
    private final ThoughtStore thoughts;
    private final FeedbackStore feedback;
    private final HeldNoticeStore held;
    private final NoticeLines noticeLines;

    public DigestComposer(FollowStore follows, StreamStore stream, PageAccess pages, PersonDirectory people, PersonProfiles profiles,
                          CommunityMembers members, CommunityStore communities, CommunityAskStore asks, ThoughtStore thoughts,
                          FeedbackStore feedback, HeldNoticeStore held, NoticeLines noticeLines) {
        this.follows = follows;
        this.stream = stream;
        this.pages = pages;
        this.people = people;
        this.profiles = profiles;
        this.members = members;
        this.communities = communities;
        this.asks = asks;
        this.thoughts = thoughts;
        this.feedback = feedback;
        this.held = held;
        this.noticeLines = noticeLines;
    }

    /**
     * What is read once per run and shared by everyone's digest: the stuck blocks with each label asked about so far.
     * Give each run a new one.
     */
    public static final class Shared {
        final Map<String, List<Block>> stuckByLabel = new LinkedHashMap<>();
    }

    public WeeklyDigest weekly(String userKey, Instant since, Instant now, Shared shared) {
        List<Block> followedBlocks = followedBlocks(userKey, since);
        List<Block> stuckBlocks = stuckMatching(userKey, since, shared);
        List<CommunityAsk> communityAsks = communityAsks(userKey, since);
        Set<String> names = new HashSet<>();
        followedBlocks.forEach(b -> names.add(b.authorKey()));
        stuckBlocks.forEach(b -> names.add(b.authorKey()));
        communityAsks.forEach(a -> names.add(a.askerKey()));
        Map<String, Person> who = names.isEmpty() ? Map.of() : people.people(names);
        return new WeeklyDigest(blockEntries(userKey, followedBlocks, who), blockEntries(userKey, stuckBlocks, who),
                feedbackWaiting(userKey, since), askEntries(userKey, communityAsks, who),
                // The week's asks are listed from their store above; held as notices too, they would show twice.
                heldEntries(userKey, Cadence.WEEKLY, now, Set.of(Notice.Kind.COMMUNITY_ASK)));
    }

    /** The notices held for a daily digest, as lines (those about what the person may no longer view are left out). */
    public List<DigestEntry> daily(String userKey, Instant now) {
        return heldEntries(userKey, Cadence.DAILY, now, Set.of());
    }

    /**
     * Where the person can write about their week: the page of their newest block if they may still view it (a block
     * is added to the page a person works on), else the site's dashboard, where they start a page.
     */
    public String whereToWrite(String userKey) {
        return stream.recent(new StreamFilter(null, null, null, userKey, null), null, 1).blocks().stream()
                .filter(b -> pages.viewablePageFor(userKey, b.pageId()).isPresent())
                .map(b -> StreamItem.pathOf(b.pageId(), b.macroId())).findFirst().orElse("/");
    }

    private List<Block> followedBlocks(String userKey, Instant since) {
        Set<String> authors = new HashSet<>();
        Set<String> followedCommunities = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Follow follow : follows.all(userKey)) {
            switch (follow.kind()) {
                case PERSON -> authors.add(follow.target());
                case COMMUNITY -> followedCommunities.add(follow.target());
                case LABEL -> labels.add(follow.target());
            }
        }
        Followed followed = new Followed(authors, followedCommunities, labels);
        if (followed.isEmpty()) {
            return List.of();
        }
        return recent(new StreamFilter(null, null, null, null, null, followed), userKey, since);
    }

    /** Stuck blocks of the week whose labels are words of what the person is open to talk about. */
    private List<Block> stuckMatching(String userKey, Instant since, Shared shared) {
        String openTo = profiles.openTo(List.of(userKey)).getOrDefault(userKey, "");
        Set<Block> found = new LinkedHashSet<>();
        for (String topic : topics(openTo)) {
            found.addAll(shared.stuckByLabel.computeIfAbsent(topic,
                    label -> stream.recent(new StreamFilter(null, label, null, null, BlockStatus.STUCK), null, CANDIDATES).blocks()));
        }
        return found.stream().filter(b -> !b.createdAt().isBefore(since) && !b.authorKey().equals(userKey) && !b.gettingHelp())
                .limit(PER_SECTION).toList();
    }

    /** The words of what someone is open to talk about that can name a label: lower case, three characters or more. */
    static List<String> topics(String openTo) {
        return Arrays.stream(openTo.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_-]+")).filter(word -> word.length() >= 3)
                .distinct().limit(TOPICS).toList();
    }

    private List<Block> recent(StreamFilter filter, String userKey, Instant since) {
        return stream.recent(filter, null, CANDIDATES).blocks().stream()
                .filter(b -> !b.createdAt().isBefore(since) && !b.authorKey().equals(userKey)).toList();
    }

    private List<DigestEntry> blockEntries(String userKey, List<Block> blocks, Map<String, Person> who) {
        List<DigestEntry> entries = new ArrayList<>();
        for (Block block : blocks) {
            Optional<PageRef> page = pages.viewablePageFor(userKey, block.pageId());
            if (page.isPresent() && entries.size() < PER_SECTION) {
                entries.add(new DigestEntry(name(who, block.authorKey()), page.get().title(), "", StreamItem.pathOf(block.pageId(), block.macroId()), 0));
            }
        }
        return entries;
    }

    /** The person's open thoughts with feedback given since and not yet taken in. */
    private List<DigestEntry> feedbackWaiting(String userKey, Instant since) {
        List<DigestEntry> entries = new ArrayList<>();
        for (Thought thought : thoughts.openByAuthor(userKey, PER_SECTION)) {
            long waiting = feedback.forThought(thought.identity().pageId(), thought.identity().macroId()).stream()
                    .filter(f -> f.takenInAt() == null && !f.createdAt().isBefore(since) && !userKey.equals(f.giverKey())).count();
            if (waiting > 0) {
                pages.viewablePageFor(userKey, thought.identity().pageId()).ifPresent(page -> entries.add(new DigestEntry("", page.title(), "",
                        ThoughtLinks.pathOf(thought.identity().pageId(), thought.identity().macroId()), waiting)));
            }
        }
        return entries;
    }

    private List<CommunityAsk> communityAsks(String userKey, Instant since) {
        Set<String> mine = members.communitiesOf(userKey);
        if (mine.isEmpty()) {
            return List.of();
        }
        return asks.recent(mine, since, CANDIDATES).stream().filter(a -> !a.askerKey().equals(userKey)).toList();
    }

    private List<DigestEntry> askEntries(String userKey, List<CommunityAsk> communityAsks, Map<String, Person> who) {
        List<DigestEntry> entries = new ArrayList<>();
        Map<String, Optional<Community>> seen = new LinkedHashMap<>();
        for (CommunityAsk ask : communityAsks) {
            Optional<Community> community = seen.computeIfAbsent(ask.communityKey(), key -> communities.find(key).filter(c -> mayView(userKey, c)));
            if (community.isPresent() && entries.size() < PER_SECTION) {
                entries.add(new DigestEntry(name(who, ask.askerKey()), community.get().name(), ask.text(), CommunityLinks.pathOf(community.get()), 0));
            }
        }
        return entries;
    }

    private boolean mayView(String userKey, Community community) {
        return !community.hasHome() || pages.viewablePageFor(userKey, community.homePageId()).isPresent();
    }

    private List<DigestEntry> heldEntries(String userKey, Cadence cadence, Instant now, Set<Notice.Kind> listedElsewhere) {
        List<DigestEntry> entries = new ArrayList<>();
        for (Notice notice : held.held(userKey, cadence, now, PER_SECTION * 5)) {
            if (listedElsewhere.contains(notice.kind())) {
                continue;
            }
            noticeLines.line(notice).ifPresent(line -> entries.add(new DigestEntry("", line.subject(), "", line.path(), 0)));
        }
        return entries;
    }

    private static String name(Map<String, Person> who, String userKey) {
        Person person = who.get(userKey);
        return person == null ? "" : person.displayName();
    }
}
