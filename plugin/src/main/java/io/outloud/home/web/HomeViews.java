package io.outloud.home.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.web.SiteLinks;
import io.outloud.community.CommunityDirectory;
import io.outloud.community.CommunityLinks;
import io.outloud.community.CommunityService;
import io.outloud.home.HomeService;
import io.outloud.home.MyHome;
import io.outloud.home.NextStep;
import io.outloud.home.Suggestion;
import io.outloud.home.ThreeCPath;
import io.outloud.notify.InAppNotice;
import io.outloud.people.Person;
import io.outloud.thought.ThoughtLinks;
import io.outloud.thought.ThoughtService;
import io.outloud.wol.HelpOffer;
import io.outloud.wol.ShareRequestService;
import io.outloud.wol.StreamItem;

import java.util.List;

/** Turns the reader's {@link MyHome} into its page's view, in the reader's language (presenter). */
final class HomeViews {
    static final String REQUESTS = "/plugins/servlet/outloud/requests";
    static final String THOUGHTS = "/plugins/servlet/outloud/thoughts";
    static final String COMMUNITIES = "/plugins/servlet/outloud/communities";
    static final String NOTICES = "/plugins/servlet/outloud/notifications";

    private final I18nResolver i18n;
    private final SiteLinks links;

    HomeViews(I18nResolver i18n, SiteLinks links) {
        this.i18n = i18n;
        this.links = links;
    }

    HomeView view(MyHome home) {
        List<HomeView.Section> sections = List.of(
                section("following", home.following().stream().map(this::following).toList(), ""),
                section("asked", java.util.stream.Stream.concat(home.requests().stream().map(r -> request(r, home)),
                        home.communityAsks().stream().map(this::communityAsk)).toList(), REQUESTS),
                section("thoughts", home.thoughts().stream().map(this::thought).toList(), THOUGHTS),
                section("responses", home.responses().stream().map(this::response).toList(), NOTICES),
                section("helping", home.helping().stream().map(this::helping).toList(), ""),
                section("communities", home.communities().stream().map(this::community).toList(), COMMUNITIES));
        ThreeCPath path = home.path();
        List<HomeView.PathStep> steps = List.of(step("read", path.read()), step("contributed", path.contributed()), step("created", path.created()));
        return new HomeView(sections, steps, i18n.getText("outloud.home.path.summary." + path.taken()),
                home.nextStep().map(this::nextStep).orElse(null), home.suggestions());
    }

    private HomeView.Section section(String id, List<HomeView.Line> lines, String morePath) {
        return new HomeView.Section(id, text(id + ".title"), lines, text(id + ".empty"), morePath.isEmpty() ? "" : links.href(morePath),
                morePath.isEmpty() ? "" : text(id + ".more"));
    }

    private HomeView.Line following(StreamItem item) {
        String what = item.workingOn() == null || item.workingOn().isBlank() ? item.pageTitle() : item.workingOn();
        return new HomeView.Line(what, links.href(item.path()), i18n.getText("outloud.home.following.by", item.author().displayName(), item.pageTitle()), "");
    }

    private HomeView.Line request(ShareRequestService.Listed listed, MyHome home) {
        Person asker = home.askers().get(listed.request().askerKey());
        String name = asker == null ? "" : asker.displayName();
        return new HomeView.Line(listed.request().topic(), links.href(REQUESTS), i18n.getText("outloud.home.asked.request", name),
                text("asked.request.badge"));
    }

    private HomeView.Line communityAsk(CommunityService.AskItem item) {
        return new HomeView.Line(item.ask().text(), links.href(CommunityLinks.pathOf(item.community())),
                i18n.getText("outloud.home.asked.community", item.asker().displayName(), item.community().name()), text("asked.community.badge"));
    }

    private HomeView.Line thought(ThoughtService.OpenThought open) {
        String question = open.thought().question();
        return new HomeView.Line(question == null || question.isBlank() ? open.pageTitle() : question,
                links.href(ThoughtLinks.pathOf(open.thought().pageId(), open.thought().macroId())),
                i18n.getText("outloud.thought.mine.feedback", open.feedback()),
                open.unanswered() > 0 ? i18n.getText("outloud.thought.mine.unanswered", open.unanswered()) : "");
    }

    private HomeView.Line response(InAppNotice notice) {
        return new HomeView.Line(notice.title(), links.href(notice.path()), notice.text() == null ? "" : notice.text(),
                notice.unread() ? i18n.getText("outloud.notify.list.new") : "");
    }

    private HomeView.Line helping(HomeService.Helping helping) {
        HelpOffer offer = helping.offer();
        return new HomeView.Line(helping.pageTitle(), links.href(StreamItem.pathOf(offer.pageId(), offer.macroId())), offer.message(),
                text(offer.accepted() ? "helping.accepted" : "helping.offered"));
    }

    private HomeView.Line community(CommunityDirectory.Mine mine) {
        String place = mine.membership().isLead() ? "lead" : mine.membership().state().code();
        return new HomeView.Line(mine.entry().community().name(), links.href(CommunityLinks.pathOf(mine.entry().community())),
                mine.entry().community().curiosity(), i18n.getText("outloud.community.mine.place." + place));
    }

    private HomeView.PathStep step(String code, boolean taken) {
        return new HomeView.PathStep(code, text("path." + code), taken, text(taken ? "path.taken" : "path.not-yet"));
    }

    private HomeView.NextStepView nextStep(Suggestion suggestion) {
        NextStep step = suggestion.step();
        String text = step == NextStep.ANSWER_REQUEST
                ? i18n.getText("outloud.home.next." + step.code(), suggestion.askerName(), suggestion.topic())
                : text("next." + step.code());
        String where = switch (step) {
            case ANSWER_REQUEST -> REQUESTS;
            case READ_FEEDBACK, FIRST_THOUGHT -> THOUGHTS;
            case REACT_IN_COMMUNITY, JOIN_COMMUNITY -> COMMUNITIES;
        };
        return new HomeView.NextStepView(step.code(), text, links.href(where), text("next." + step.code() + ".action"));
    }

    private String text(String key) {
        return i18n.getText("outloud.home." + key);
    }
}
