package io.outloud.community.pairing.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.OutloudException;
import io.outloud.community.pairing.ConversationStarter;
import io.outloud.community.pairing.PairingParticipant;
import io.outloud.community.pairing.PairingRound;
import io.outloud.community.pairing.PairingSchedule;
import io.outloud.community.pairing.PairingService;
import io.outloud.community.pairing.PairingState;
import io.outloud.common.web.SiteLinks;
import io.outloud.people.Person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the pairing fragment's view for the current reader of a community page. The community macro renders it:
 * {@code MacroTemplates.render(WEB_RESOURCE, TEMPLATE, MODEL, views.view(communityKey))}, or puts it into its own
 * model under {@link #MODEL} (with {@code texts}) and {@code #parse}s {@link #TEMPLATE}.
 */
public class PairingViews {
    public static final String WEB_RESOURCE = "io.outloud.confluence:community-pairing";
    public static final String TEMPLATE = "templates/community/pairing.html.vm";
    public static final String MODEL = "pairing";

    private final PairingService pairing;
    private final I18nResolver i18n;
    private final SiteLinks links;
    private final Clock clock;

    public PairingViews(PairingService pairingService, I18nResolver i18n, SiteLinks links, Clock clock) {
        this.pairing = pairingService;
        this.i18n = i18n;
        this.links = links;
        this.clock = clock;
    }

    /** The reader's view; hidden for anyone who may not take part (anonymous, not a member, no such community). */
    public PairingView view(String communityKey) {
        PairingState state;
        try {
            state = pairing.state(communityKey);
        } catch (OutloudException e) {
            return PairingView.HIDDEN;
        }
        PairingParticipant me = state.me();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        boolean snoozed = me.snoozedAt(clock.instant());
        String status;
        if (!me.optedIn()) {
            status = i18n.getText("outloud.pairing.status.out");
        } else if (me.paused()) {
            status = i18n.getText("outloud.pairing.status.paused");
        } else if (snoozed) {
            status = i18n.getText("outloud.pairing.status.snoozed", me.snoozedUntil().toString());
        } else {
            status = i18n.getText("outloud.pairing.status.in");
        }
        boolean optedIn = me.optedIn() && !me.paused();
        PairingView.MatchView current = state.current() == null ? null : match(state.current());
        List<PairingView.MatchView> history = state.history().stream().map(this::match).toList();
        List<PairingView.Choice> choices = new ArrayList<>();
        String nextRun = "";
        List<String> rounds = new ArrayList<>();
        int nextRound = 1;
        if (state.lead()) {
            PairingSchedule schedule = state.schedule();
            for (int every : PairingSchedule.CHOICES) {
                choices.add(new PairingView.Choice(every, i18n.getText("outloud.pairing.lead.every." + every), every == schedule.everyDays()));
            }
            nextRun = schedule.scheduled() ? i18n.getText("outloud.pairing.lead.next-run", LocalDate.ofInstant(schedule.nextRun(), ZoneOffset.UTC).toString()) : "";
            for (PairingRound round : state.rounds()) {
                rounds.add(i18n.getText("outloud.pairing.lead.round-item", round.number(), LocalDate.ofInstant(round.startedAt(), ZoneOffset.UTC).toString(),
                        round.matches(), round.unmatched()));
            }
            nextRound = state.rounds().isEmpty() ? 1 : state.rounds().get(0).number() + 1;
        }
        return new PairingView(true, state.community().key(), optedIn, me.paused(), snoozed, snoozed ? me.snoozedUntil().toString() : "",
                today.plusDays(1).toString(), today.plusDays(365).toString(), status,
                i18n.getText(optedIn ? "outloud.pairing.opt-out" : "outloud.pairing.opt-in"), current, history, state.lead(), choices, nextRun,
                nextRound, rounds);
    }

    private PairingView.MatchView match(PairingState.Match match) {
        List<PairingView.PartnerView> partners = new ArrayList<>();
        for (PairingState.Partner partner : match.partners()) {
            Person person = partner.person();
            List<PairingView.StarterView> starters = new ArrayList<>();
            for (ConversationStarter starter : partner.starters()) {
                starters.add(new PairingView.StarterView(starter.text(), starter.pageTitle(),
                        starter.pageId() > 0 ? links.href("/pages/viewpage.action?pageId=" + starter.pageId()) : ""));
            }
            partners.add(new PairingView.PartnerView(name(person), person.departmentIfKnown().orElse(""),
                    person.avatarUrl() == null ? "" : person.avatarUrl(), starters));
        }
        String names = partners.stream().map(PairingView.PartnerView::getName).collect(Collectors.joining(", "));
        return new PairingView.MatchView(match.id(),
                i18n.getText("outloud.pairing.current.round", match.round(), LocalDate.ofInstant(match.startedAt(), ZoneOffset.UTC).toString()),
                match.answer().code(), i18n.getText("outloud.pairing.answer." + match.answer().code()), names, partners);
    }

    private String name(Person person) {
        return person.isKnown() ? person.displayName() : i18n.getText("outloud.wol.block.unknown-author");
    }
}
