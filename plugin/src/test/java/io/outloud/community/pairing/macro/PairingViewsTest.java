package io.outloud.community.pairing.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.community.InMemoryCommunityMembers;
import io.outloud.community.Membership;
import io.outloud.community.pairing.ConversationStarter;
import io.outloud.community.pairing.InMemoryPairingStore;
import io.outloud.community.pairing.PairingService;
import io.outloud.community.pairing.PairingTestCommunities;
import io.outloud.common.web.SiteLinks;
import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairingViewsTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final String C = "design";

    /** Texts as "key(arg,...)", so the test sees which key was used. */
    private static final I18nResolver KEYS = new I18nResolver() {
        @Override
        public String getText(String key) {
            return key;
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return arguments.length == 0 ? key : key + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        }

        @Override
        public String getText(Locale locale, String key, Serializable... arguments) {
            return getText(key, arguments);
        }
    };

    private final InMemoryCommunityMembers members = new InMemoryCommunityMembers();
    private final FakeViewer viewer = FakeViewer.signedIn("key-lead");
    private final MutableClock clock = new MutableClock(T0);
    private final PairingService service = new PairingService(new InMemoryPairingStore(), new PairingTestCommunities().with(C, 0L), members,
            new FakePersonDirectory().with("ann", "Ann", "Sales").with("bob", "Bob", null), (recipient, partners) -> partners.stream()
            .collect(Collectors.toMap(p -> p, p -> List.of(new ConversationStarter(ConversationStarter.Kind.WORKING_ON, "Export", 9L, "Plan")))),
            new RecordingNotifier(), viewer, clock, community -> true, new io.outloud.content.PageAccess() {
                    @Override
                    public java.util.Optional<io.outloud.content.PageRef> viewablePage(long pageId) {
                        return java.util.Optional.empty();
                    }

                    @Override
                    public java.util.Optional<io.outloud.content.PageRef> viewablePageFor(String userKey, long pageId) {
                        return java.util.Optional.of(new io.outloud.content.PageRef(pageId, "TEAM", "Home", "")); // everyone may view it
                    }
                });
    private final PairingViews views = new PairingViews(service, KEYS, new SiteLinks(mode -> "/wiki"), clock);

    PairingViewsTest() {
        members.put(new Membership(C, "key-lead", Membership.State.MEMBER, Membership.Role.LEAD, "Board", T0));
        members.put(new Membership(C, "key-ann", Membership.State.MEMBER, Membership.Role.MEMBER, "Sales", T0));
        members.put(new Membership(C, "key-bob", Membership.State.MEMBER, Membership.Role.MEMBER, "", T0));
    }

    @Test
    void anyoneWhoMayNotTakePart_seesNothing() {
        viewer.become("key-stranger");
        assertFalse(views.view(C).isVisible());
        viewer.become(null);
        assertFalse(views.view(C).isVisible());
        viewer.become("key-ann");
        assertFalse(views.view("no-such").isVisible());
    }

    @Test
    void aMember_seesTheirPart_theirMatchWithStarters_andNoLeadControls() {
        viewer.become("key-ann");
        PairingView before = views.view(C);
        assertTrue(before.isVisible());
        assertFalse(before.isOptedIn());
        assertEquals("outloud.pairing.status.out", before.getStatusText());
        assertEquals("outloud.pairing.opt-in", before.getOptLabel());
        assertEquals("2026-11-03", before.getSnoozeMin());
        assertEquals("2027-11-02", before.getSnoozeMax());
        service.optIn(C);
        viewer.become("key-bob");
        service.optIn(C);
        viewer.become("key-lead");
        service.startRound(C, null);
        viewer.become("key-ann");

        PairingView view = views.view(C);

        assertTrue(view.isOptedIn());
        assertEquals("outloud.pairing.status.in", view.getStatusText());
        assertEquals("outloud.pairing.opt-out", view.getOptLabel());
        assertFalse(view.isLead());
        assertEquals(List.of(), view.getScheduleChoices());
        PairingView.MatchView match = view.getCurrent();
        assertEquals("outloud.pairing.current.round(1,2026-11-02)", match.getRoundText());
        assertEquals("outloud.pairing.answer.none", match.getAnswerText());
        PairingView.PartnerView bob = match.getPartners().get(0);
        assertEquals("Bob", bob.getName());
        assertEquals("", bob.getDepartment());
        assertEquals("/wiki/pages/viewpage.action?pageId=9", bob.getStarters().get(0).getUrl());
        assertEquals("Bob", match.getPartnerNames());

        service.snooze(C, LocalDate.parse("2026-11-20"));
        PairingView snoozed = views.view(C);
        assertTrue(snoozed.isSnoozed());
        assertEquals("2026-11-20", snoozed.getSnoozedUntil());
        assertEquals("outloud.pairing.status.snoozed(2026-11-20)", snoozed.getStatusText());
    }

    @Test
    void aLead_seesTheScheduleChoices_theNextRun_andTheLatestRounds() {
        service.setSchedule(C, 14);
        service.startRound(C, null);

        PairingView view = views.view(C);

        assertTrue(view.isLead());
        assertEquals(List.of(0, 7, 14, 28), view.getScheduleChoices().stream().map(PairingView.Choice::getCode).toList());
        assertEquals(List.of(14), view.getScheduleChoices().stream().filter(PairingView.Choice::isSelected).map(PairingView.Choice::getCode).toList());
        assertEquals("outloud.pairing.lead.every.7", view.getScheduleChoices().get(1).getLabel());
        assertEquals("outloud.pairing.lead.next-run(2026-11-16)", view.getNextRunText());
        assertEquals(List.of("outloud.pairing.lead.round-item(1,2026-11-02,0,0)"), view.getRounds());
        assertEquals(2, view.getNextRound());
        assertNull(view.getCurrent());
    }
}
