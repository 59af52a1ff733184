package io.outloud.preview.demo;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.atlassian.event.api.EventPublisher;
import io.outloud.preview.content.StorageMacros;
import io.outloud.preview.host.PageRepository;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.SpaceDirectory;
import io.outloud.preview.host.SpacePermission;
import io.outloud.preview.host.UserDirectory;

import java.util.List;
import java.util.Set;
import java.time.Instant;
import io.outloud.wol.BlockStatus;
import io.outloud.wol.BlockOccurrence;
import io.outloud.wol.HelpStore;
import io.outloud.wol.ShareRequestStore;
import io.outloud.wol.StorageBlocks;

/**
 * The demo organisation: people in six departments, a team space open to everyone (and anonymous readers),
 * an engineering space, and pages with working-out-loud blocks in every status. Added once, to an empty database,
 * as people would: each block saved by its author, so the app records who wrote it through the page events.
 */
public final class DemoContent {
    public static final List<PreviewUser> PEOPLE = List.of(
            new PreviewUser("8a7f80a1-admin", "admin", "Sam Peeters", "sam@example.test", "IT", "Site administrator", true,
                    List.of("confluence-administrators", "confluence-users", "grp-it")),
            new PreviewUser("8a7f80a1-alice", "alice", "Alice Janssens", "alice@example.test", "Engineering", "Backend developer", false,
                    List.of("confluence-users", "grp-engineering")),
            new PreviewUser("8a7f80a1-bruno", "bruno", "Bruno Dubois", "bruno@example.test", "Marketing", "Content strategist", false,
                    List.of("confluence-users", "grp-marketing")),
            new PreviewUser("8a7f80a1-chloe", "chloe", "Chlo\u00e9 Lef\u00e8vre", "chloe@example.test", "Finance", "Controller", false,
                    List.of("confluence-users", "grp-finance")),
            new PreviewUser("8a7f80a1-dirk", "dirk", "Dirk M\u00fcller", "dirk@example.test", "HR", "People partner", false,
                    List.of("confluence-users", "grp-hr")),
            new PreviewUser("8a7f80a1-eva", "eva", "Eva de Vries", "eva@example.test", "Customer Support", "Support lead", false,
                    List.of("confluence-users", "grp-support")),
            new PreviewUser("8a7f80a1-farid", "farid", "Farid El Amrani", "farid@example.test", "Research", "Data scientist", false,
                    List.of("confluence-users", "grp-engineering", "grp-research")));

    public static final String TEAM = "TEAM";
    public static final String ENG = "ENG";
    public static final String WELCOME = "Working out loud in the team space";
    public static final String RESTRICTED = "Reorganisation notes (restricted)";
    public static final String STREAM = "Stream";
    public static final String REQUESTS = "Requests to share";
    public static final String BUDDIES = "How we found twelve buddies";

    private DemoContent() {
    }

    /** A preview whose data predates groups: its demo people join their groups (the rest of their data stays). */
    private static void addMissingGroups(UserDirectory users) {
        for (PreviewUser person : PEOPLE) {
            users.byKey(key(person)).filter(stored -> stored.groups().isEmpty())
                    .ifPresent(stored -> users.save(stored.withGroups(person.groups())));
        }
    }

    public static void seedIfEmpty(UserDirectory users, SpaceDirectory spaces, PageRepository pages, EventPublisher events) {
        seedIfEmpty(users, spaces, pages, events, null, null);
    }

    /**
     * With the plugin's data too (when the stores are given): an offer of help by Bruno on Farid's stuck block; Eva's
     * open request to Farid; Alice's request to Dirk, which Dirk answered with a block on a page of its own.
     */
    public static void seedIfEmpty(UserDirectory users, SpaceDirectory spaces, PageRepository pages, EventPublisher events, HelpStore help,
                                   ShareRequestStore requests) {
        if (!users.all().isEmpty()) {
            addMissingGroups(users);
            return;
        }
        PEOPLE.forEach(users::save);
        spaces.create(TEAM, "Team space", true);
        spaces.create(ENG, "Engineering", false);
        for (PreviewUser person : PEOPLE) {
            spaces.grant(TEAM, key(person), SpacePermission.VIEW, SpacePermission.EDIT);
        }
        spaces.grant(TEAM, "8a7f80a1-eva", SpacePermission.ADMIN);
        spaces.grant(TEAM, "8a7f80a1-admin", SpacePermission.ADMIN);
        spaces.grant(ENG, "8a7f80a1-alice", SpacePermission.VIEW, SpacePermission.EDIT, SpacePermission.ADMIN);
        spaces.grant(ENG, "8a7f80a1-farid", SpacePermission.VIEW, SpacePermission.EDIT);
        spaces.grant(ENG, "8a7f80a1-bruno", SpacePermission.VIEW);
        spaces.grant(ENG, "8a7f80a1-admin", SpacePermission.VIEW, SpacePermission.EDIT, SpacePermission.ADMIN);

        Saver saver = new Saver(pages, events);
        long welcomeId = saver.create(TEAM, WELCOME,
                "<p>People narrate their work in progress. React to what helps you: reactions are saved as you click.</p>" + block("exploring", "Which onboarding questions come up most", "<p>I am reading the last 200 support tickets from new customers.</p>"),
                "8a7f80a1-eva");
        saver.append(welcomeId, block("in-progress", "A glossary of finance terms for non-finance people",
                "<p>First 30 terms are drafted; <strong>EBITDA</strong> was the hardest to explain.</p>"), "8a7f80a1-chloe");
        saver.append(welcomeId, block("stuck", "Exporting survey results to our data warehouse",
                "<p>The export times out after 10,000 rows. Has anyone solved this before?</p>"), "8a7f80a1-farid");
        if (help != null) {
            StorageBlocks.find(pages.find(welcomeId).orElseThrow().body()).stream().filter(b -> b.status() == BlockStatus.STUCK).findFirst()
                    .ifPresent(stuck -> help.offer(welcomeId, stuck.macroId(), "8a7f80a1-bruno",
                            "We export our campaign data in pages of 5,000 rows; happy to show you how.", Instant.now()));
        }
        saver.append(welcomeId, block("done", "New hire buddy programme",
                "<p>Twelve buddies signed up. What I learned: people say yes when asked personally.</p>"), "8a7f80a1-dirk");
        saver.create(ENG, "Build pipeline notes", engineeringPage(), "8a7f80a1-alice");
        long restricted = saver.create(TEAM, RESTRICTED, """
                <p>Only Dirk and Sam can see this page. Others get "page not found", and the app's REST resources answer 404.</p>
                """ + block("exploring", "Options for the team structure", "<p>Collecting options before anyone is asked.</p>"), "8a7f80a1-dirk");
        pages.restrictViewers(restricted, Set.of("8a7f80a1-dirk", "8a7f80a1-admin"));
        saver.create(TEAM, STREAM, "<h2>Recent across the site</h2>" + stream("") + "<h2>Stuck: who needs help</h2>"
                + stream("<ac:parameter ac:name=\"status\">stuck</ac:parameter>"), "8a7f80a1-eva");
        saver.create(TEAM, REQUESTS, "<p>Colleagues ask each other to work out loud. Your requests, and what you asked:</p>"
                + "<ac:structured-macro ac:name=\"working-out-loud-requests\" ac:schema-version=\"1\"></ac:structured-macro>", "8a7f80a1-eva");
        if (requests != null) {
            List<BlockOccurrence> welcome = StorageBlocks.find(pages.find(welcomeId).orElseThrow().body());
            welcome.stream().filter(b -> b.status() == BlockStatus.STUCK).findFirst().ifPresent(stuck -> requests.create("8a7f80a1-eva",
                    "8a7f80a1-farid", "how you set up the export job, once it works", welcomeId, stuck.macroId(), Instant.now()));
            welcome.stream().filter(b -> b.status() == BlockStatus.DONE).findFirst().flatMap(done -> requests.create("8a7f80a1-alice",
                    "8a7f80a1-dirk", "what made people say yes to being a buddy", welcomeId, done.macroId(), Instant.now()))
                    .ifPresent(asked -> saver.create(TEAM, BUDDIES, "<p>Alice asked, so here is how it went.</p>"
                            + block("done", "What made twelve people say yes", "<p>I asked each of them in person, and said what it takes: "
                            + "an hour a week for a month.</p>", "<ac:parameter ac:name=\"answers\">" + asked.id() + "</ac:parameter>"),
                            "8a7f80a1-dirk"));
        }
    }

    /** Saves pages as the editor would: macro ids assigned, then the page event the host publishes. */
    public record Saver(PageRepository pages, EventPublisher events) {
        public long create(String space, String title, String storage, String author) {
            long id = pages.create(space, title, StorageMacros.assignMissingMacroIds(storage), author);
            events.publish(new PageCreateEvent(this, pages.asConfluencePage(id).orElseThrow()));
            return id;
        }

        void append(long id, String storage, String editor) {
            var before = pages.find(id).orElseThrow();
            String body = StorageMacros.assignMissingMacroIds(before.body() + storage);
            pages.update(id, before.title(), body, editor);
            events.publish(new PageUpdateEvent(this, pages.asConfluencePage(id).orElseThrow(), pages.toConfluencePage(before), false,
                    PageUpdateTrigger.EDIT_PAGE));
        }
    }

    private static String key(PreviewUser user) {
        return user.getKey().getStringValue();
    }

    private static String engineeringPage() {
        return "<h2>Notes</h2><p>Where the nightly build spends its time.</p>"
                + block("in-progress", "Halving the nightly build time", "<p>Test containers start in parallel now: 41 minutes to 28.</p>");
    }

    private static String stream(String parameters) {
        return "<ac:structured-macro ac:name=\"working-out-loud-stream\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"limit\">3</ac:parameter>" + parameters + "</ac:structured-macro>";
    }

    private static String block(String status, String workingOn, String narration) {
        return block(status, workingOn, narration, "");
    }

    static String block(String status, String workingOn, String narration, String moreParameters) {
        return "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"status\">" + status + "</ac:parameter>" + moreParameters
                + "<ac:parameter ac:name=\"working-on\">" + workingOn + "</ac:parameter>"
                + "<ac:rich-text-body>" + narration + "</ac:rich-text-body></ac:structured-macro>";
    }
}
