package io.outloud.thought;

import io.outloud.common.Failure;
import io.outloud.common.Keyset;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.OutloudException;
import io.outloud.common.Viewer;
import io.outloud.content.MacroAccess;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.notify.Notice;
import io.outloud.notify.Notifier;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.settings.SettingsService;
import io.outloud.settings.SiteSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Feedback on half-finished thoughts and their ripening. Every call starts from the page: the thought must be on a
 * page the caller may view, and its rules (who gives feedback, who sees it, whether it may be unnamed) are the ones
 * the page's macro says. The author hears of new feedback at most once an hour per thought: a scheduled job tells
 * them an hour after the first piece not yet told, counting every piece since their last notice.
 */
public class ThoughtService {
    static final Duration NOTICE_WINDOW = Duration.ofHours(1);
    /** Owed notices one job run sends at most; the next run sends the rest (each sent one leaves the list). */
    static final int OWED_PER_RUN = 500;

    private final ThoughtStore thoughts;
    private final FeedbackStore feedback;
    private final MacroAccess access;
    private final PageAccess pages;
    private final Viewer viewer;
    private final PersonDirectory people;
    private final SettingsService settings;
    private final CommunityMembership members;
    private final Notifier notifier;
    private final Clock clock;

    public ThoughtService(ThoughtStore thoughts, FeedbackStore feedback, PageAccess pages, Viewer viewer, PersonDirectory people,
                          SettingsService settings, CommunityMembership members, Notifier notifier, Clock clock) {
        this.thoughts = Objects.requireNonNull(thoughts);
        this.feedback = Objects.requireNonNull(feedback);
        this.pages = Objects.requireNonNull(pages);
        this.access = new MacroAccess(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.people = Objects.requireNonNull(people);
        this.settings = Objects.requireNonNull(settings);
        this.members = Objects.requireNonNull(members);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A thought on a page the caller may view, with the rules its macro gives it. */
    public record Found(PageRef page, Thought thought, ThoughtParameters parameters) {
    }

    public Found find(long pageId, String macroId) {
        PageRef page = access.requireViewable(pageId, macroId);
        ThoughtParameters parameters = StorageThoughts.find(page.storageBody()).get(macroId);
        if (parameters == null) {
            throw OutloudException.notFound(); // another macro has this id: not a thought
        }
        Thought thought = thoughts.find(pageId, macroId).orElseThrow(OutloudException::notFound);
        return new Found(page, thought, parameters);
    }

    /** The first page of the feedback the reader may see. */
    public FeedbackBoard board(long pageId, String macroId) {
        return board(pageId, macroId, PageRequest.first(0));
    }

    /** A page of the feedback the reader may see, oldest first; the counts are of all of it. */
    public FeedbackBoard board(long pageId, String macroId, PageRequest request) {
        Found found = find(pageId, macroId);
        String reader = viewer.userKey().orElse("");
        FeedbackStore.Visible visible = FeedbackBoard.visibleTo(found.thought(), found.parameters(), reader);
        Page<Feedback> page = Page.of(feedback.page(pageId, macroId, visible, request.after(), request.fetch()), request,
                piece -> Keyset.of(piece.createdAt(), piece.id()));
        int total = feedback.count(pageId, macroId, FeedbackStore.Visible.ALL);
        int seen = visible.everything() ? total : feedback.count(pageId, macroId, visible);
        return FeedbackBoard.of(found.thought(), found.parameters(), page, total, seen, givers(page.items()), reader);
    }

    /**
     * What the caller may do here (shown on the thought; every write checks again). The stage is its author's to move;
     * someone else who may edit the page moves it only on the author's behalf, and says so ({@code mayMoveOnBehalf}).
     */
    public record Rights(boolean mayGive, boolean mayGiveUnnamed, boolean mayMoveStage, boolean mayMoveOnBehalf, Optional<String> refusalKey) {
    }

    /**
     * What the reader may do, from what a page render loaded once (their communities, whether they may edit the page,
     * the site's rules), so that a page's statements do not grow with its thoughts.
     */
    public Rights rights(Thought thought, ThoughtParameters parameters, PageThoughts.Reader reader, SiteSettings site) {
        String me = viewer.userKey().orElse("");
        Optional<String> refusal = giveRefusal(thought, parameters, me, reader.communities()::contains);
        boolean unnamed = refusal.isEmpty() && unnamedAllowed(parameters, site);
        boolean author = !me.isEmpty() && me.equals(thought.authorKey());
        return new Rights(refusal.isEmpty(), unnamed, author, !me.isEmpty() && !author && reader.mayEditPage(), refusal);
    }

    /** The reader of a page being rendered: their communities and whether they may edit it (nothing when signed out). */
    public PageThoughts.Reader reader(long pageId) {
        if (viewer.userKey().isEmpty()) {
            return new PageThoughts.Reader(Set.of(), false);
        }
        return new PageThoughts.Reader(members.communitiesOf(viewer.userKey().get()), pages.mayEdit(pageId));
    }

    public FeedbackBoard.Item give(long pageId, String macroId, String kindCode, String text, boolean unnamed) {
        String me = viewer.requireUserKey();
        FeedbackKind kind = FeedbackText.kind(kindCode);
        String valid = FeedbackText.text(text);
        access.requireOpen(pageId, macroId, StorageThoughts.MACRO_NAME);
        Found found = find(pageId, macroId);
        giveRefusal(found.thought(), found.parameters(), me, community -> members.isMember(community, me)).ifPresent(key -> {
            throw new OutloudException(key.endsWith(".ripe") ? Failure.CONFLICT : Failure.NOT_PERMITTED, key,
                    found.parameters().community());
        });
        if (unnamed && !unnamedAllowed(found.parameters(), settings.site())) {
            throw OutloudException.invalid("outloud.thought.feedback.error.unnamed");
        }
        Instant now = clock.instant();
        Feedback piece = feedback.add(pageId, macroId, me, kind, valid, unnamed, !found.parameters().visibleToAll(), now);
        thoughts.touch(pageId, macroId, now);
        thoughts.markNoticeOwed(found.thought().id(), now); // told with what else comes within the hour
        return new FeedbackBoard.Item(piece, person(me), true, false);
    }

    /** A giver changes their own piece, until the thought is ripe: then its history stays as it grew (deleting stays possible). */
    public FeedbackBoard.Item edit(long pageId, String macroId, long feedbackId, String kindCode, String text) {
        Own own = ownFeedback(pageId, macroId, feedbackId);
        access.requireOpen(pageId, macroId, StorageThoughts.MACRO_NAME);
        Feedback piece = own.piece();
        if (own.found().thought().stage() == ThoughtStage.RIPE) {
            throw new OutloudException(Failure.CONFLICT, "outloud.thought.feedback.error.ripe-edit");
        }
        FeedbackKind kind = FeedbackText.kind(kindCode);
        String valid = FeedbackText.text(text);
        feedback.edit(piece.id(), kind, valid, clock.instant());
        Feedback edited = feedback.find(piece.id()).orElseThrow(OutloudException::notFound);
        return new FeedbackBoard.Item(edited, person(edited.giverKey()), true, false);
    }

    public void delete(long pageId, String macroId, long feedbackId) {
        feedback.delete(ownFeedback(pageId, macroId, feedbackId).piece().id());
    }

    /** The author takes a piece in: its giver is thanked on the thought and told (once). */
    public FeedbackBoard.Item takeIn(long pageId, String macroId, long feedbackId) {
        String me = viewer.requireUserKey();
        Found found = find(pageId, macroId);
        if (!found.thought().authorKey().equals(me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.not-author");
        }
        Feedback piece = pieceOn(found, feedbackId);
        Instant now = clock.instant();
        if (feedback.takeIn(piece.id(), now)) {
            thoughts.touch(pageId, macroId, now);
            if (!piece.giverKey().equals(me) && !piece.giverForgotten()) {
                notifier.notify(new Notice(piece.giverKey(), Notice.Kind.FEEDBACK_TAKEN_IN, me, pageId, macroId, piece.text()));
            }
        }
        Feedback taken = feedback.find(piece.id()).orElseThrow(OutloudException::notFound);
        if (taken.unnamed()) {
            return new FeedbackBoard.Item(taken.withoutGiver(), null, false, false);
        }
        return new FeedbackBoard.Item(taken, person(taken.giverKey()), false, false);
    }

    /** Moves the thought one stage on (or one back) as its author. */
    public ThoughtStage moveStage(long pageId, String macroId, String stageCode) {
        return moveStage(pageId, macroId, stageCode, false);
    }

    /**
     * Moves the thought one stage on (or one back): its author's call. Someone else who may edit the page does it only
     * on the author's behalf, saying so ({@code onBehalf}), and the author is told.
     */
    public ThoughtStage moveStage(long pageId, String macroId, String stageCode, boolean onBehalf) {
        String me = viewer.requireUserKey();
        Found found = find(pageId, macroId);
        boolean author = me.equals(found.thought().authorKey());
        if (!author && !pages.mayEdit(pageId)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.thought.stage.error.not-permitted");
        }
        if (!author && !onBehalf) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.thought.stage.error.on-behalf");
        }
        ThoughtStage target = ThoughtStage.fromCode(stageCode)
                .orElseThrow(() -> OutloudException.invalid("outloud.thought.error.stage", "seed, growing, ripe"));
        ThoughtStage current = found.thought().stage();
        if (target == current) {
            return current;
        }
        if (!current.stepsTo(target)) {
            throw OutloudException.invalid("outloud.thought.stage.error.step", current.code(), target.code());
        }
        thoughts.moveStage(pageId, macroId, target, clock.instant());
        if (!author) {
            notifier.notify(new Notice(found.thought().authorKey(), Notice.Kind.THOUGHT_STAGE_MOVED, me, pageId, macroId, "", target.ordinal()));
        }
        return target;
    }

    /** An open thought of the reader's, for the list of their open thoughts. */
    public record OpenThought(Thought thought, String pageTitle, int feedback, int unanswered, boolean waiting, LocalDate ripenBy) {
    }

    /** The reader's thoughts that are not ripe, oldest first, on pages they may still view. */
    /** A thought a community's page lists: on a page the viewer may view. */
    public record CommunityThought(Thought thought, String pageTitle, Person author) {
    }

    /** The newest thoughts asking a community for feedback, on pages the viewer may view. */
    public List<CommunityThought> inCommunity(String communityKey, int limit) {
        List<Thought> found = thoughts.inCommunity(communityKey, limit * 2);
        Map<String, Person> authors = people.people(found.stream().map(Thought::authorKey).distinct().toList());
        List<CommunityThought> listed = new ArrayList<>();
        for (Thought thought : found) {
            pages.viewablePage(thought.pageId()).ifPresent(page -> listed.add(new CommunityThought(thought, page.title(),
                    authors.getOrDefault(thought.authorKey(), Person.unknown(thought.authorKey())))));
            if (listed.size() == limit) {
                break;
            }
        }
        return listed;
    }

    /** The first page of the reader's open thoughts, as large as a page gets. */
    public List<OpenThought> mine() {
        return mine(PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    /**
     * A page of the reader's thoughts that are not ripe, oldest first, on pages they may still view. A thought on a page
     * they may no longer view is passed over, so a page can hold fewer; the cursor is the last thought looked at.
     */
    public Page<OpenThought> mine(PageRequest request) {
        String me = viewer.requireUserKey();
        List<Thought> fetched = thoughts.openByAuthor(me, request.after(), request.fetch());
        List<Thought> open = fetched.subList(0, Math.min(fetched.size(), request.limit()));
        Map<String, int[]> counts = feedback.countsFor(open);
        Instant waitingSince = clock.instant().minus(Duration.ofDays(settings.site().waitingDays()));
        Map<Long, Optional<PageRef>> pagesSeen = new HashMap<>();
        List<OpenThought> listed = new ArrayList<>();
        for (Thought thought : open) {
            Optional<PageRef> page = pagesSeen.computeIfAbsent(thought.pageId(), pages::viewablePage);
            ThoughtParameters parameters = page.map(p -> StorageThoughts.find(p.storageBody()).get(thought.macroId())).orElse(null);
            if (parameters == null) {
                continue; // a page they may no longer view, or the thought was taken out of the page since
            }
            int[] count = counts.getOrDefault(thought.pageId() + "/" + thought.macroId(), new int[2]);
            listed.add(new OpenThought(thought, page.get().title(), count[0], count[1], thought.touchedAt().isBefore(waitingSince),
                    parameters.ripenBy()));
        }
        Thought last = open.isEmpty() ? null : open.get(open.size() - 1);
        return new Page<>(listed, fetched.size() > request.limit() ? Optional.of(Keyset.of(last.createdAt(), last.id())) : Optional.empty());
    }

    /** Who gave a piece of feedback, named or not: for site admins handling abuse, and nobody else. */
    public Person giverForSiteAdmin(long feedbackId) {
        viewer.requireUserKey();
        if (!settings.viewerIsSiteAdmin()) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.settings.error.admin-only");
        }
        return person(feedback.find(feedbackId).orElseThrow(OutloudException::notFound).giverKey());
    }

    public String viewerKey() {
        return viewer.userKey().orElse("");
    }

    /** Why this person may not give feedback here (an i18n key), or nothing. */
    private static Optional<String> giveRefusal(Thought thought, ThoughtParameters parameters, String me, Predicate<String> memberOf) {
        if (me.isEmpty()) {
            return Optional.of("outloud.thought.feedback.sign-in");
        }
        if (me.equals(thought.authorKey())) {
            return Optional.of("outloud.thought.feedback.error.own");
        }
        if (thought.stage() == ThoughtStage.RIPE) {
            return Optional.of("outloud.thought.feedback.error.ripe");
        }
        // A community-only thought whose key is missing or bad takes feedback from nobody (the safer reading).
        if (parameters.communityOnly() && (parameters.community().isEmpty() || !memberOf.test(parameters.community()))) {
            return Optional.of("outloud.thought.feedback.error.community");
        }
        return Optional.empty();
    }

    /** Unnamed feedback needs both: the thought invites it and the site allows it. */
    private static boolean unnamedAllowed(ThoughtParameters parameters, SiteSettings site) {
        return parameters.unnamedAllowed() && site.unnamedFeedback();
    }

    /** A piece of feedback on this thought (one on another thought is "not found" alike). */
    private Feedback pieceOn(Found found, long feedbackId) {
        return feedback.find(feedbackId).filter(f -> f.on(found.thought().pageId(), found.thought().macroId()))
                .orElseThrow(OutloudException::notFound);
    }

    /** A piece the caller gave, on the thought it was found on. */
    private record Own(Found found, Feedback piece) {
    }

    private Own ownFeedback(long pageId, String macroId, long feedbackId) {
        String me = viewer.requireUserKey();
        Found found = find(pageId, macroId);
        Feedback piece = pieceOn(found, feedbackId);
        if (!piece.giverKey().equals(me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.thought.feedback.error.not-yours");
        }
        return new Own(found, piece);
    }

    /**
     * For the scheduled job (once per cluster, so nothing else sends these): every thought owed a notice for an hour or
     * more tells its author how many pieces came since their last notice (by id). Returns how many notices went.
     */
    public int sendOwedNotices() {
        Instant now = clock.instant();
        int sent = 0;
        for (Thought thought : thoughts.noticesOwed(now.minus(NOTICE_WINDOW), OWED_PER_RUN)) {
            List<Feedback> pieces = feedback.forThought(thought.pageId(), thought.macroId());
            long count = pieces.stream().filter(p -> p.id() > thought.notifiedUpTo() && !p.giverKey().equals(thought.authorKey())).count();
            long upTo = Math.max(thought.notifiedUpTo(), pieces.stream().mapToLong(Feedback::id).max().orElse(0L));
            if (count > 0) {
                notifier.notify(new Notice(thought.authorKey(), Notice.Kind.THOUGHT_FEEDBACK, "", thought.pageId(), thought.macroId(), "", count));
                sent++;
            }
            thoughts.noticeSent(thought.id(), upTo, now);
            // A piece saved while this ran (after the count) is owed from its own time: told at the next due turn.
            feedback.forThought(thought.pageId(), thought.macroId()).stream().filter(p -> p.id() > upTo).findFirst()
                    .ifPresent(late -> thoughts.markNoticeOwed(thought.id(), late.createdAt()));
        }
        return sent;
    }

    private Person person(String userKey) {
        return people.people(List.of(userKey)).getOrDefault(userKey, Person.unknown(userKey));
    }

    private Map<String, Person> givers(List<Feedback> pieces) {
        Set<String> keys = new HashSet<>();
        pieces.forEach(piece -> keys.add(piece.giverKey()));
        return people.people(keys);
    }
}
