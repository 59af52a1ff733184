package io.outloud.community.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.people.PersonLabels;
import io.outloud.community.Community;
import io.outloud.community.CommunityLinks;
import io.outloud.community.CommunityService;
import io.outloud.community.Diversity;
import io.outloud.community.pairing.macro.PairingViews;
import io.outloud.common.web.SiteLinks;
import io.outloud.people.Person;
import io.outloud.thought.ThoughtLinks;
import io.outloud.thought.ThoughtService;
import io.outloud.wol.StreamItem;
import io.outloud.wol.StreamRequest;
import io.outloud.wol.StreamService;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Builds what a community shows, for the macro and the community page alike: its header, the diversity of its
 * departments, the reader's membership, the first page of members by department, its recent blocks and thoughts,
 * its asks and, for leads, requests and invitations. A fixed number of queries, whatever the size of the community.
 */
public final class CommunityViews {
    public static final int MEMBERS_PER_PAGE = 30;
    static final int RECENT = 5;
    /** The asks a community shows: those of the last 30 days, at most this many. */
    static final int ASKS = 20;

    private final CommunityService communities;
    private final StreamService stream;
    private final ThoughtService thoughts;
    private final I18nResolver i18n;
    private final IntSupplier minGroupSize;
    private final SiteLinks links;
    private final PersonLabels labels;
    private final AskLines asks;

    private final PairingViews pairing;

    /** @param minGroupSize the site's minimum group size, read at each rendering */
    public CommunityViews(CommunityService communities, StreamService stream, ThoughtService thoughts, PairingViews pairing, I18nResolver i18n,
                          SiteLinks links, IntSupplier minGroupSize) {
        this.minGroupSize = Objects.requireNonNull(minGroupSize);
        this.pairing = Objects.requireNonNull(pairing);
        this.communities = Objects.requireNonNull(communities);
        this.stream = Objects.requireNonNull(stream);
        this.thoughts = Objects.requireNonNull(thoughts);
        this.i18n = Objects.requireNonNull(i18n);
        this.links = Objects.requireNonNull(links);
        this.labels = new PersonLabels(i18n::getText);
        this.asks = new AskLines(i18n, links);
    }

    /** A view that shows only why there is no community to show. */
    public CommunityView notice(String noticeKey, String name) {
        CommunityView view = new CommunityView();
        view.notice = i18n.getText(noticeKey, name);
        return view;
    }

    public CommunityView build(Community community, boolean interactive) {
        CommunityService.Overview overview = communities.overview(community);
        CommunityView view = new CommunityView();
        view.key = community.key();
        view.anchor = CommunityLinks.anchor(community.key());
        view.name = community.name();
        view.curiosity = community.curiosity();
        view.closed = community.isClosed();
        view.accessLabel = i18n.getText("outloud.community.access." + community.access().code());
        view.labels = community.labels();
        view.pageUrl = links.href(CommunityLinks.pathOf(community));
        view.signedIn = communities.viewerKey().isPresent();
        view.interactive = interactive;
        view.lead = overview.viewerIsLead();
        view.removable = !community.hasHome();
        view.state = overview.mine().map(m -> m.state().code()).orElse("none");
        view.stateText = stateText(overview);
        view.leads = overview.leads().stream().map(p -> item(p, true)).toList();
        view.leadsText = i18n.getText("outloud.community.leads", overview.leads().size());
        diversity(view, overview.diversity(), !overview.knownDepartments().isEmpty());
        if (view.signedIn) {
            members(view, overview);
        }
        view.recentWork = recentWork(community.key());
        view.asks = communities.asks(overview, ASKS).stream().map(asks::line).toList();
        // Pairing shows to members only (the view says whether it shows); an export or preview shows none.
        view.pairing = interactive ? pairing.view(community.key()) : null;
        if (view.lead) {
            view.requests = overview.requests().stream().map(p -> item(p, false)).toList();
            view.invited = overview.invited().stream().map(p -> item(p, false)).toList();
        }
        return view;
    }

    private String stateText(CommunityService.Overview overview) {
        if (overview.viewerIsLead()) {
            return i18n.getText("outloud.community.state.lead");
        }
        return overview.mine().map(m -> i18n.getText("outloud.community.state." + m.state().code())).orElse("");
    }

    /**
     * Every count of people held to the minimum group size: a department with fewer members says "a few" and draws no
     * bar (its width would tell the number), and so do the members without a department.
     */
    private void diversity(CommunityView view, Diversity diversity, boolean departmentsKnown) {
        int minGroupSize = this.minGroupSize.getAsInt();
        view.membersText = i18n.getText("outloud.community.members-from", diversity.members(), diversity.departmentCount());
        List<ShareItem> shares = new ArrayList<>();
        for (Diversity.Share share : diversity.departments()) {
            boolean few = share.members() < minGroupSize;
            shares.add(new ShareItem(share.department(), few ? 0 : share.members(), few ? 0 : share.percent(), few
                    ? i18n.getText("outloud.community.share.few", share.department())
                    : i18n.getText("outloud.community.share", share.department(), share.members(), share.percent()), shares.size() % 8));
        }
        view.shares = shares;
        view.chartLabel = i18n.getText("outloud.community.chart", diversity.departmentCount(), diversity.members());
        int without = diversity.withoutDepartment();
        view.withoutDepartmentText = without == 0 ? ""
                : without < minGroupSize ? i18n.getText("outloud.community.without-department.few")
                : i18n.getText("outloud.community.without-department", without);
        view.missingDepartments = diversity.missing();
        view.missingText = !departmentsKnown ? "" : diversity.missing().isEmpty() ? i18n.getText("outloud.community.missing.none")
                : i18n.getText("outloud.community.missing", String.join(", ", diversity.missing()));
    }

    private void members(CommunityView view, CommunityService.Overview overview) {
        List<CommunityService.Member> page = communities.members(overview, null, 0, MEMBERS_PER_PAGE + 1);
        view.nextOffset = page.size() > MEMBERS_PER_PAGE ? MEMBERS_PER_PAGE : -1;
        List<MemberGroup> groups = new ArrayList<>();
        MemberGroup current = null;
        for (CommunityService.Member member : page.subList(0, Math.min(MEMBERS_PER_PAGE, page.size()))) {
            String department = member.membership().department();
            if (current == null || !current.departmentKey.equals(department)) {
                current = new MemberGroup(department.isEmpty() ? i18n.getText("outloud.people.no-department") : department, department);
                groups.add(current);
            }
            current.members.add(item(member.person(), member.membership().isLead()));
        }
        view.memberGroups = groups;
    }

    private List<WorkItem> recentWork(String key) {
        List<WorkItem> work = new ArrayList<>();
        for (StreamItem item : stream.page(new StreamRequest(null, null, key, null, null, null, null, RECENT)).items()) {
            work.add(new WorkItem(item.workingOn().isEmpty() ? item.pageTitle() : item.workingOn(), links.href(item.path()),
                    i18n.getText("outloud.community.work.by", labels.name(item.author())), item.pageTitle(),
                    i18n.getText("outloud.community.work.block")));
        }
        for (ThoughtService.CommunityThought t : thoughts.inCommunity(key, RECENT)) {
            work.add(new WorkItem(t.thought().question().isEmpty() ? t.pageTitle() : t.thought().question(),
                    links.href(ThoughtLinks.pathOf(t.thought().pageId(), t.thought().macroId())),
                    i18n.getText("outloud.community.work.by", labels.name(t.author())), t.pageTitle(),
                    i18n.getText("outloud.community.work.thought")));
        }
        return work;
    }

    /** A person as a community lists them. */
    MemberItem item(Person person, boolean lead) {
        return new MemberItem(person.userKey(), labels.name(person), labels.avatarUrl(person), labels.department(person), person.openTo(), lead);
    }
}
