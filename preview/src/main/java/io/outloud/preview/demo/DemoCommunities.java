package io.outloud.preview.demo;

import com.atlassian.event.api.EventPublisher;
import io.outloud.community.CommunityAskStore;
import io.outloud.community.CommunityMembers;
import io.outloud.community.Membership;
import io.outloud.preview.host.PageRepository;
import io.outloud.people.PersonProfiles;
import io.outloud.settings.SettingsStore;
import io.outloud.settings.SiteSettings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Demo communities (and the site's list of departments): an open one that connects four departments, with recent work and an ask, and a closed one with a
 * request waiting for its lead; and a page with the community directory. Communities are made as in Confluence: by
 * saving a page with the community macro (the saver becomes its lead); members join afterwards.
 */
public final class DemoCommunities {
    public static final String DIRECTORY = "Communities";
    public static final String DATA = "Data curious";
    public static final String ONBOARDING = "Onboarding circle";

    private DemoCommunities() {
    }

    public static void seedIfMissing(PageRepository pages, EventPublisher events, CommunityMembers members, CommunityAskStore asks,
                                     SettingsStore settings, PersonProfiles profiles) {
        if (pages.findByTitle(DemoContent.TEAM, DIRECTORY).isPresent()) {
            return;
        }
        // The organisation's departments, so that a community shows which are not there yet.
        settings.putSiteSetting(SiteSettings.DEPARTMENTS, "Customer Support\nEngineering\nFinance\nHR\nIT\nMarketing\nResearch");
        Instant said = Instant.now();
        profiles.putOpenTo("8a7f80a1-alice", "Kotlin, bouldering, why builds get slow", said);
        profiles.putOpenTo("8a7f80a1-farid", "forecasting, chess, Moroccan cooking", said);
        profiles.putOpenTo("8a7f80a1-chloe", "budgets explained simply, running", said);
        profiles.putOpenTo("8a7f80a1-eva", "what customers ask most, choirs", said);
        DemoContent.Saver saver = new DemoContent.Saver(pages, events);
        saver.create(DemoContent.TEAM, DATA, "<p>Home of the Data curious community.</p>"
                + community(DATA, "How do we decide with data we only half trust?", "open", "data, analytics")
                + DemoContent.block("exploring", "Which dashboards people actually open",
                "<p>Counting views of our 40 dashboards. Most are opened by their makers only.</p>",
                "<ac:parameter ac:name=\"community\">data-curious</ac:parameter>"), "8a7f80a1-farid");
        saver.create(DemoContent.TEAM, ONBOARDING, "<p>Home of the Onboarding circle.</p>"
                + community(ONBOARDING, "What makes someone's first month good?", "closed", "onboarding, people"), "8a7f80a1-dirk");
        Instant now = Instant.now();
        Map<String, String> departments = Map.of("8a7f80a1-alice", "Engineering", "8a7f80a1-chloe", "Finance",
                "8a7f80a1-bruno", "Marketing", "8a7f80a1-eva", "Customer Support");
        join(members, "data-curious", "8a7f80a1-alice", departments, now.minus(5, ChronoUnit.DAYS));
        join(members, "data-curious", "8a7f80a1-chloe", departments, now.minus(4, ChronoUnit.DAYS));
        join(members, "data-curious", "8a7f80a1-bruno", departments, now.minus(3, ChronoUnit.DAYS));
        join(members, "onboarding-circle", "8a7f80a1-eva", departments, now.minus(2, ChronoUnit.DAYS));
        members.put(new Membership("onboarding-circle", "8a7f80a1-bruno", Membership.State.REQUESTED, Membership.Role.MEMBER,
                "Marketing", now.minus(1, ChronoUnit.DAYS)));
        long asked = asks.add("data-curious", "8a7f80a1-chloe", "Has anyone checked a forecast against what happened? I would like to learn how.",
                now.minus(1, ChronoUnit.HOURS)).id();
        asks.toldAll(asked); // demo data: its members were told when it was asked, not at the preview's first start

        saver.create(DemoContent.TEAM, DIRECTORY, "<p>Communities gather around a shared curiosity, across departments.</p>"
                + "<ac:structured-macro ac:name=\"outloud-community-directory\" ac:schema-version=\"1\"></ac:structured-macro>", "8a7f80a1-eva");
    }

    private static void join(CommunityMembers members, String community, String userKey, Map<String, String> departments, Instant at) {
        members.put(new Membership(community, userKey, Membership.State.MEMBER, Membership.Role.MEMBER, departments.get(userKey), at));
    }

    static String community(String name, String curiosity, String access, String labels) {
        return "<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"name\">" + name + "</ac:parameter>"
                + "<ac:parameter ac:name=\"curiosity\">" + curiosity + "</ac:parameter>"
                + "<ac:parameter ac:name=\"access\">" + access + "</ac:parameter>"
                + "<ac:parameter ac:name=\"labels\">" + labels + "</ac:parameter>"
                + "</ac:structured-macro>";
    }
}
