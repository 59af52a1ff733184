package io.outloud.privacy.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.community.Community;
import io.outloud.community.ao.AoCommunityAskStore;
import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.community.ao.AoCommunityStore;
import io.outloud.community.ao.CommunityPersonalData;
import io.outloud.community.pairing.PairingGroup;
import io.outloud.follow.FollowKind;
import io.outloud.follow.ao.AoFollowStore;
import io.outloud.follow.ao.FollowPersonalData;
import io.outloud.thanks.Occasion;
import io.outloud.notify.Notice;
import io.outloud.rhythm.Cadence;
import io.outloud.rhythm.NoticeTopic;
import io.outloud.rhythm.RhythmPreferences;
import io.outloud.rhythm.ao.AoDigestRunStore;
import io.outloud.rhythm.ao.AoHeldNoticeStore;
import io.outloud.rhythm.ao.AoRhythmPreferenceStore;
import io.outloud.rhythm.ao.RhythmPersonalData;
import io.outloud.thanks.ao.AoThanksStore;
import io.outloud.thanks.ao.ThanksPersonalData;
import io.outloud.community.pairing.PairingParticipant;
import io.outloud.community.pairing.PairingStore;
import io.outloud.community.pairing.ao.AoPairingStore;
import io.outloud.community.pairing.ao.PairingPersonalData;
import io.outloud.content.MacroIdentity;
import io.outloud.notify.NoticeListStore;
import io.outloud.notify.ao.AoNoticeListStore;
import io.outloud.notify.ao.NoticePersonalData;
import io.outloud.people.ao.AoPersonProfiles;
import io.outloud.people.ao.ProfilePersonalData;
import io.outloud.common.privacy.PersonalData;
import io.outloud.settings.AuditKind;
import io.outloud.settings.ao.AoAuditStore;
import io.outloud.settings.ao.AoSettingsStore;
import io.outloud.settings.ao.AuditPersonalData;
import io.outloud.settings.ao.PreferencePersonalData;
import io.outloud.thought.FeedbackKind;
import io.outloud.thought.ThoughtStage;
import io.outloud.thought.ao.AoFeedbackStore;
import io.outloud.thought.ao.AoThoughtStore;
import io.outloud.thought.ao.ThoughtPersonalData;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.ReactionKind;
import io.outloud.wol.ao.AoBlockStore;
import io.outloud.wol.ao.AoHelpStore;
import io.outloud.wol.ao.AoReactionStore;
import io.outloud.wol.ao.AoReplyStore;
import io.outloud.wol.ao.AoShareRequestStore;
import io.outloud.wol.ao.AoViewStore;
import io.outloud.wol.ao.WolPersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * People with data in every feature of the app, made through the features' own stores (so composite keys such as a
 * membership's "community/person" are made as the app makes them), and every feature's personal data.
 */
final class EveryFeature {
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private EveryFeature() {
    }

    static List<PersonalData> personalData(ActiveObjects ao) {
        return List.of(new WolPersonalData(ao), new ThoughtPersonalData(ao), new CommunityPersonalData(ao), new PairingPersonalData(ao),
                new NoticePersonalData(ao), new ProfilePersonalData(ao), new PreferencePersonalData(ao), new AuditPersonalData(ao),
                new FollowPersonalData(ao), new ThanksPersonalData(ao), new RhythmPersonalData(ao));
    }

    /** Each of {@code people} writes, reacts, sees, offers, asks, gives feedback, joins, pairs and is told, on page {@code page}. */
    static void seed(ActiveObjects ao, long page, String... people) {
        AoCommunityStore communities = new AoCommunityStore(ao);
        AoCommunityMembers members = new AoCommunityMembers(ao);
        String community = "data-" + page;
        communities.create(new Community(community, "Data " + page, "Why?", Community.Access.OPEN, List.of("data"), 0, null, people[0], T0));
        AoPairingStore pairing = new AoPairingStore(ao);
        for (int i = 0; i < people.length; i++) {
            String person = people[i];
            String other = people[(i + 1) % people.length];
            String blockId = "b" + i;
            new AoBlockStore(ao).create(new MacroIdentity(blockId, page, "SP"), person, BlockStatus.EXPLORING, T0);
            new AoReactionStore(ao).toggle(page, "b" + ((i + 1) % people.length), person, ReactionKind.USEFUL, T0);
            new AoReplyStore(ao).add(page, "b" + ((i + 1) % people.length), person, "a reply by " + i, T0);
            new AoViewStore(ao).record(page, "b" + ((i + 1) % people.length), person, "Finance", LocalDate.of(2026, 12, 1), T0);
            new AoHelpStore(ao).offer(page, "b" + ((i + 1) % people.length), person, "I can help", T0);
            new AoShareRequestStore(ao).create(person, other, "the export " + i, page, "b" + ((i + 1) % people.length), T0);
            String thoughtId = "t" + i;
            new AoThoughtStore(ao).create(new MacroIdentity(thoughtId, page, "SP"), person, ThoughtStage.SEED, "What if?", T0);
            new AoFeedbackStore(ao).add(page, "t" + ((i + 1) % people.length), person, FeedbackKind.GO_ON, "go on", i % 2 == 0, false, T0);
            members.join(community, person, T0);
            new AoCommunityAskStore(ao).add(community, person, "help me", T0, 3);
            pairing.putParticipant(new PairingParticipant(community, person, true, null, 0, false, T0));
            new AoNoticeListStore(ao).add(new NoticeListStore.NewNotice(person, "block:" + page + ":b" + i, "reply", page, "A page",
                    "Someone replied", "/pages/" + page, T0));
            new AoPersonProfiles(ao).putOpenTo(person, "sourdough", T0);
            new AoSettingsStore(ao).putPreference(person, "hideMyName", "true");
            new AoAuditStore(ao).add(T0, person, AuditKind.EXPORTED, other, "by a site admin");
            new AoFollowStore(ao).add(person, FollowKind.PERSON, other, T0);
            new AoFollowStore(ao).add(person, FollowKind.COMMUNITY, community, T0);
            new AoThanksStore(ao).add(person, other, Occasion.HELP, page * 10 + i, "thank you", i % 2 == 0, T0);
            new AoThanksStore(ao).setSummaryPublic(person, true);
            new AoRhythmPreferenceStore(ao).save(person, new RhythmPreferences(Map.of(NoticeTopic.REPLIES, Cadence.WEEKLY), true, true), T0);
            new AoHeldNoticeStore(ao).hold(List.of(new Notice(person, Notice.Kind.REPLY, other, page, "b" + i, "a reply by " + other)),
                    Cadence.WEEKLY, T0);
            AoDigestRunStore runs = new AoDigestRunStore(ao);
            String period = "weekly-" + page + "-" + i;
            runs.cursor(period);
            runs.advance(period, "", person, false); // the run stopped at this person
            runs.claim(period, person, T0);
        }
        pairing.startRound(new PairingStore.NewRound(community, 1, community + "/1", T0, people[0],
                List.of(new PairingGroup(List.of(people), 0)), 0, List.of(), null));
    }
}
