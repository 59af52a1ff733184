package io.outloud.community;

import io.outloud.testing.FakePersonDirectory;
import io.outloud.testing.FakeViewer;
import io.outloud.testing.MutableClock;
import io.outloud.testing.RecordingNotifier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Communities in step with the pages they live on. */
class CommunityRegistryTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:30Z");
    private static final long PAGE = 10L;
    private static final long OTHER_PAGE = 20L;
    private static final String ALICE = "key-alice";
    private static final String BOB = "key-bob";

    private final InMemoryCommunityStore store = new InMemoryCommunityStore();
    private final InMemoryCommunityMembers members = new InMemoryCommunityMembers();
    private final FakeViewer viewer = FakeViewer.anonymous(); // a page save comes from the listener, not a request
    private final CommunityService service = new CommunityService(store, members, new InMemoryCommunityAskStore(),
            new FakeCommunityPages().show(PAGE).show(OTHER_PAGE), viewer,
            new FakePersonDirectory().with("alice", "Alice", "Design").with("bob", "Bob", "IT"), new RecordingNotifier(),
            new MutableClock(NOW), List.of());
    private final CommunityRegistry registry = new CommunityRegistry(store, members, service);

    /** A macro as storage format writes it: escaped plain parameters, given as name, value, name, value... */
    static String macro(String macroName, String macroId, String... parameters) {
        StringBuilder markup = new StringBuilder("<ac:structured-macro ac:name=\"").append(macroName)
                .append("\" ac:schema-version=\"1\" ac:macro-id=\"").append(macroId).append("\">");
        for (int i = 0; i < parameters.length; i += 2) {
            markup.append("<ac:parameter ac:name=\"").append(parameters[i]).append("\">")
                    .append(parameters[i + 1].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"))
                    .append("</ac:parameter>");
        }
        return markup.append("</ac:structured-macro>").toString();
    }

    static String community(String macroId, String... parameters) {
        return macro(CommunityRegistry.MACRO_NAME, macroId, parameters);
    }

    private Community find(String key) {
        return store.find(key).orElseThrow(() -> new AssertionError("no community " + key));
    }

    @Test
    void aPageSavedWithANewCommunityMacro_makesIt_withTheSaverAsLead_andThePageAsHome() {
        registry.pageSaved(PAGE, "DEV", ALICE, "<p>Intro</p>" + community("c-1", "name", "Data Science", "curiosity", "How we learn",
                "access", "closed", "labels", "AI, data") + "<p>More</p>");

        Community made = find("data-science");
        assertEquals("Data Science", made.name());
        assertEquals("How we learn", made.curiosity());
        assertEquals(Community.Access.CLOSED, made.access());
        assertEquals(List.of("ai", "data"), made.labels());
        assertEquals(PAGE, made.homePageId());
        assertEquals("c-1", made.homeMacroId());
        assertEquals(ALICE, made.createdBy());
        assertEquals(NOW, made.createdAt());
        assertEquals(new Membership("data-science", ALICE, Membership.State.MEMBER, Membership.Role.LEAD, "Design", NOW),
                members.membership("data-science", ALICE).orElseThrow());
    }

    @Test
    void escapedParameters_areReadUnescaped() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "R&D <Lab> \"One\"", "curiosity", "Ideas & \"things\""));

        Community made = find("r-d-lab-one");
        assertEquals("R&D <Lab> \"One\"", made.name());
        assertEquals("Ideas & \"things\"", made.curiosity());
        assertEquals(Community.Access.OPEN, made.access());
    }

    @Test
    void savingThePageAgain_changesNothing() {
        String storage = community("c-1", "name", "Data Science");
        registry.pageSaved(PAGE, "DEV", ALICE, storage);
        Community first = find("data-science");

        registry.pageSaved(PAGE, "DEV", BOB, storage);
        registry.pageSaved(PAGE, "DEV", ALICE, storage);

        assertEquals(List.of(first), store.all());
        assertEquals(Set.of(ALICE), members.memberKeys("data-science"));
    }

    @Test
    void twoMacros_makeTwoCommunities_andOtherMacrosNone() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design") + macro("outloud-thought", "t-1", "name", "Not one")
                + community("c-2", "name", "Platform", "access", "open"));

        assertEquals(List.of("design", "platform"), store.all().stream().map(Community::key).toList());
        assertEquals("c-2", find("platform").homeMacroId());
    }

    @Test
    void badParameters_makeNothing() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "curiosity", "No name")
                + community("c-2", "name", "Secret", "access", "secret")
                + community("c-3", "name", "Labelled", "labels", "bad label!")
                + community("c-4", "name", "n".repeat(81))
                + community("c-5", "name", "Curious", "curiosity", "c".repeat(501)));

        assertEquals(List.of(), store.all());
        assertEquals(0, members.size());
    }

    @Test
    void aHomelessCommunity_getsThePageAsHome_whenItsLeadSavesIt() {
        viewer.become(ALICE);
        service.create(CommunityDraft.of("Design", "", "", ""), 0, "");
        viewer.become(null);

        registry.pageSaved(PAGE, "DEV", ALICE, community("c-9", "name", "design"));

        Community design = find("design");
        assertEquals(PAGE, design.homePageId());
        assertEquals("c-9", design.homeMacroId());
        assertEquals("Design", design.name(), "the page names it, it does not rename it");
    }

    @Test
    void aHomelessCommunity_staysHomeless_whenSomeoneElseSavesThePage() {
        viewer.become(ALICE);
        service.create(CommunityDraft.of("Design", "", "", ""), 0, "");
        members.put(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "IT", NOW));
        viewer.become(null);

        registry.pageSaved(PAGE, "DEV", BOB, community("c-9", "name", "Design"));

        assertEquals(0L, find("design").homePageId());
        assertEquals(1, store.all().size());
        assertTrue(members.isLead("design", ALICE));
    }

    @Test
    void aCommunityWithAHome_staysThere_whenAnotherPageShowsIt() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design"));

        registry.pageSaved(OTHER_PAGE, "DEV", ALICE, community("c-7", "name", "Design"));

        assertEquals(PAGE, find("design").homePageId());
        assertEquals("c-1", find("design").homeMacroId());
    }

    @Test
    void removingTheMacro_leavesTheCommunityWithoutAHome_withItsData_untilItsLeadPutsItBack() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design") + community("c-2", "name", "Platform"));
        members.put(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "IT", NOW));

        registry.pageSaved(PAGE, "DEV", ALICE, "<p>No design here</p>" + community("c-2", "name", "Platform"));

        Community design = find("design");
        assertEquals(0L, design.homePageId());
        assertEquals("c-1", design.homeMacroId(), "it lived on a page: members only");
        assertEquals(Set.of(ALICE, BOB), members.memberKeys("design"));
        assertEquals(PAGE, find("platform").homePageId(), "the macro still there keeps its home");

        registry.pageSaved(PAGE, "DEV", BOB, community("c-1", "name", "Design") + community("c-2", "name", "Platform"));
        assertEquals(0L, find("design").homePageId(), "Bob is no lead");
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design") + community("c-2", "name", "Platform"));
        assertEquals(PAGE, find("design").homePageId());
    }

    @Test
    void trash_takesTheHomeAway_andRestore_bringsItBack() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design"));
        registry.pageSaved(OTHER_PAGE, "DEV", ALICE, community("c-2", "name", "Platform"));

        registry.pageTrashed(PAGE);
        assertEquals(0L, find("design").homePageId());
        assertEquals("c-1", find("design").homeMacroId());
        assertEquals(OTHER_PAGE, find("platform").homePageId());
        assertEquals(List.of(), store.homedOn(PAGE));

        registry.pageRestored(PAGE);
        assertEquals(PAGE, find("design").homePageId());
        assertEquals(List.of("design"), store.homedOn(PAGE).stream().map(Community::key).toList());
        assertTrue(members.isLead("design", ALICE));
    }

    @Test
    void aPurge_keepsTheCommunityAndItsMembers() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design"));
        members.put(new Membership("design", BOB, Membership.State.MEMBER, Membership.Role.MEMBER, "IT", NOW));

        registry.pageTrashed(PAGE);
        registry.pagePurged(PAGE);

        assertEquals(0L, find("design").homePageId());
        assertEquals(Set.of(ALICE, BOB), members.memberKeys("design"));

        registry.pageSaved(OTHER_PAGE, "DEV", ALICE, community("c-5", "name", "Design"));
        assertEquals(OTHER_PAGE, find("design").homePageId(), "its lead gives it a new home");
    }

    @Test
    void aPurgeWithoutTrash_keepsTheCommunityToo() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design"));

        registry.pagePurged(PAGE);

        assertEquals(0L, find("design").homePageId());
        assertEquals(Optional.of(true), store.find("design").map(c -> members.isLead(c.key(), ALICE)));
    }

    @Test
    void aRemovedSpace_takesTheHomesOfItsPagesAway_notOfPagesThatMoved() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design"));
        registry.pageSaved(OTHER_PAGE, "DEV", ALICE, community("c-2", "name", "Platform"));

        registry.spaceRemoved("DEV", pageId -> pageId == OTHER_PAGE);

        assertEquals(0L, find("design").homePageId());
        assertEquals(OTHER_PAGE, find("platform").homePageId());
    }

    /**
     * BUG (CommunityRegistry.pageSaved): the lead renames the community in its macro (same macro id, new name). The
     * save makes a new community on that macro, but the old one keeps the page as its home, though no macro on the
     * page shows it any more: the directory links to an anchor that is not there, and the page and macro are the home
     * of two communities. Fails until a homed community whose macro now names another key counts as "lost its macro".
     */
    @Test
    void aLeadRenamingTheHomeMacro_renamesTheCommunity_keepingItsKey_whileAnyoneElsesRenameChangesNothing() {
        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design"));

        registry.pageSaved(PAGE, "DEV", BOB, community("c-1", "name", "Bob's Guild"));
        assertEquals("Design", find("design").name(), "Bob does not lead it");

        registry.pageSaved(PAGE, "DEV", ALICE, community("c-1", "name", "Design Guild"));
        assertEquals("Design Guild", find("design").name());
        assertEquals(List.of("design"), store.homedOn(PAGE).stream().map(Community::key).toList(),
                "the macro is still the community's home; no second community was made");
        assertTrue(store.find("design-guild").isEmpty());
    }
}
