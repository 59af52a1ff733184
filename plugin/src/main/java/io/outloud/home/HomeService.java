package io.outloud.home;

import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.Viewer;
import io.outloud.community.AskSteps;
import io.outloud.community.CommunityDirectory;
import io.outloud.community.CommunityService;
import io.outloud.content.PageAccess;
import io.outloud.content.PageRef;
import io.outloud.notify.NoticeListService;
import io.outloud.people.Person;
import io.outloud.people.PersonDirectory;
import io.outloud.thought.ThoughtService;
import io.outloud.thought.ThoughtSteps;
import io.outloud.wol.HelpOffer;
import io.outloud.wol.OwnHelp;
import io.outloud.wol.OwnSteps;
import io.outloud.wol.ShareRequest;
import io.outloud.wol.ShareRequestService;
import io.outloud.wol.StreamPage;
import io.outloud.wol.StreamRequest;
import io.outloud.wol.StreamService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * My Out Loud: each signed-in person's own page, read from the features' own use cases (which check every permission)
 * a few items at a time, so the page costs the same number of statements whatever the person's history. It is always
 * the viewer's own: nothing here takes another person.
 */
public class HomeService {
    /** How many items each list shows; each has its own page for the rest. */
    public static final int SHOWN = 5;

    private final Viewer viewer;
    private final StreamService stream;
    private final ShareRequestService requests;
    private final CommunityService communities;
    private final CommunityDirectory directory;
    private final ThoughtService thoughts;
    private final NoticeListService notices;
    private final PersonDirectory people;
    private final Sources sources;
    private final HomeChoices choices;
    private final Clock clock;

    /** What the features recorded of the person's own doing (the 3C path, the help they offered) and the pages they may view. */
    public record Sources(OwnSteps wol, ThoughtSteps thoughts, AskSteps asks, OwnHelp help, PageAccess pages) {
    }

    /** Help the person offered, on a page they may still view. */
    public record Helping(HelpOffer offer, String pageTitle) {
    }

    public HomeService(Viewer viewer, StreamService stream, ShareRequestService requests, CommunityService communities,
                       CommunityDirectory directory, ThoughtService thoughts, NoticeListService notices, PersonDirectory people,
                       Sources sources, HomeChoices choices, Clock clock) {
        this.viewer = Objects.requireNonNull(viewer);
        this.stream = Objects.requireNonNull(stream);
        this.requests = Objects.requireNonNull(requests);
        this.communities = Objects.requireNonNull(communities);
        this.directory = Objects.requireNonNull(directory);
        this.thoughts = Objects.requireNonNull(thoughts);
        this.notices = Objects.requireNonNull(notices);
        this.people = Objects.requireNonNull(people);
        this.sources = Objects.requireNonNull(sources);
        this.choices = Objects.requireNonNull(choices);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The viewer's own page; strangers are refused (the servlet sends them to log in). */
    public MyHome mine() {
        String me = viewer.requireUserKey();
        StreamPage following = stream.page(new StreamRequest("", "", "", "", "", "", "", SHOWN, true));
        Page<ShareRequestService.Listed> asked = requests.incoming(PageRequest.first(SHOWN));
        Map<String, Person> askers = people.cards(asked.items().stream().map(listed -> listed.request().askerKey()).distinct().toList());
        List<CommunityService.AskItem> communityAsks = communities.asksForMe(SHOWN);
        Page<ThoughtService.OpenThought> open = thoughts.mine(PageRequest.first(SHOWN));
        NoticeListService.ListPage responses = notices.list(null, SHOWN);
        CommunityDirectory.MineListing mine = directory.mine(0, SHOWN);
        List<Helping> helping = new ArrayList<>();
        for (HelpOffer offer : sources.help().offeredBy(me, SHOWN)) {
            sources.pages().viewablePage(offer.pageId()).map(PageRef::title).ifPresent(title -> helping.add(new Helping(offer, title)));
        }
        ThreeCPath path = ThreeCPath.of(month(me));
        HomeChoices.Chosen chosen = choices.of(me);
        Optional<Suggestion> next = Optional.empty();
        if (chosen.suggestions()) {
            Optional<Suggestion> request = asked.items().stream().findFirst().map(ShareRequestService.Listed::request)
                    .map(r -> new Suggestion(NextStep.ANSWER_REQUEST, name(askers, r), r.topic()));
            int member = (int) mine.items().stream().filter(m -> m.membership().isMember()).count();
            boolean feedbackWaiting = open.items().stream().anyMatch(t -> t.unanswered() > 0);
            next = NextSteps.choose(new Situation(path, member, !open.items().isEmpty(), feedbackWaiting, request), chosen.dismissed());
        }
        return new MyHome(following.items(), asked.items(), askers, communityAsks, open.items(), responses.entries(), helping, mine.items(),
                path, next, chosen.suggestions());
    }

    /** Dismisses a next step for good (an unknown step is refused, so a typo is not silently kept). */
    public void dismiss(String stepCode) {
        String me = viewer.requireUserKey();
        NextStep step = NextStep.fromCode(stepCode).orElseThrow(() -> OutloudException.invalid("outloud.home.error.step"));
        choices.dismiss(me, step);
    }

    /** Turns the page's suggestions on or off for the viewer. */
    public void suggest(boolean on) {
        choices.suggest(viewer.requireUserKey(), on);
    }

    private ThreeCPath.Month month(String me) {
        Instant since = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        OwnSteps.Taken wol = sources.wol().since(me, since);
        return new ThreeCPath.Month(wol.read(), wol.reacted(), wol.replied(), wol.wrote(), sources.thoughts().wroteSince(me, since),
                sources.asks().askedSince(me, since));
    }

    private static String name(Map<String, Person> askers, ShareRequest request) {
        Person asker = askers.get(request.askerKey());
        return asker == null ? "" : asker.displayName();
    }
}
