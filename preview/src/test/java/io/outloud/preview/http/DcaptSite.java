package io.outloud.preview.http;

import io.outloud.community.CommunityStore;
import io.outloud.preview.PreviewServer;
import io.outloud.preview.demo.DemoContent;

import java.util.ArrayList;
import java.util.List;

/**
 * The load run's data set, added once per database: {@code people} bench people, and {@code pages} pairs of pages in
 * the team space written by Eva: (a) a page with the app's macros (an open community, {@value #BLOCKS} working-out-loud
 * blocks and {@value #THOUGHTS} half-finished thoughts) and (b) its twin, where each macro is a plain panel holding the
 * same text. What the virtual users act on is read from here.
 */
final class DcaptSite {
    static final int BLOCKS = 5;
    static final int THOUGHTS = 2;
    private static final String AUTHOR_KEY = "8a7f80a1-eva";
    private static final String[] STATUSES = {"exploring", "in-progress", "stuck", "done", "in-progress"};

    /** One page with the app's macros, what is on it, and the id of its plain twin. */
    record AppPage(long pageId, long twinId, List<String> blockIds, List<String> thoughtIds, String communityKey) {
    }

    private final List<String> people;
    private final List<AppPage> pages;
    private final long streamPageId;

    private DcaptSite(List<String> people, List<AppPage> pages, long streamPageId) {
        this.people = people;
        this.pages = pages;
        this.streamPageId = streamPageId;
    }

    /** Adds the people and pages to this preview's database; the author's first view registers blocks and thoughts. */
    static DcaptSite seed(PreviewServer server, int people, int pages) throws Exception {
        List<String> usernames = BlockLoadRun.benchUsers(server, people);
        DemoContent.Saver saver = new DemoContent.Saver(server.hosts().pages(), server.hosts().events());
        PreviewClient eva = new PreviewClient(server.baseUrl()).actAs("eva");
        List<AppPage> made = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            long pageId = saver.create(DemoContent.TEAM, "Load run page " + p, storage(p, true), AUTHOR_KEY);
            long twinId = saver.create(DemoContent.TEAM, "Load run plain page " + p, storage(p, false), AUTHOR_KEY);
            if (eva.get("/pages/viewpage.action?pageId=" + pageId).statusCode() != 200) {
                throw new IllegalStateException("the author's first view of page " + pageId + " failed");
            }
            String community = server.hosts().plugin().bean(CommunityStore.class).homedOn(pageId).get(0).key();
            List<String> blocks = new ArrayList<>();
            for (int b = 0; b < BLOCKS; b++) {
                blocks.add("dc-b-" + b);
            }
            List<String> thoughts = new ArrayList<>();
            for (int t = 0; t < THOUGHTS; t++) {
                thoughts.add("dc-t-" + t);
            }
            made.add(new AppPage(pageId, twinId, blocks, thoughts, community));
        }
        long stream = server.hosts().pages().findByTitle(DemoContent.TEAM, DemoContent.STREAM).orElseThrow().id();
        return new DcaptSite(usernames, made, stream);
    }

    List<String> people() {
        return people;
    }

    List<AppPage> pages() {
        return pages;
    }

    long streamPageId() {
        return streamPageId;
    }

    /** Page {@code p} with the app's macros, or the same text in plain panels. */
    static String storage(int p, boolean app) {
        StringBuilder out = new StringBuilder("<p>What the team of page ").append(p).append(" is working on this month.</p>");
        String name = "Load run circle " + p;
        String curiosity = "How do teams of page " + p + " share what they learn?";
        out.append(app ? "<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\" ac:macro-id=\"dc-c\">"
                + "<ac:parameter ac:name=\"name\">" + name + "</ac:parameter>"
                + "<ac:parameter ac:name=\"curiosity\">" + curiosity + "</ac:parameter>"
                + "<ac:parameter ac:name=\"access\">open</ac:parameter>"
                + "<ac:parameter ac:name=\"labels\">load-run</ac:parameter></ac:structured-macro>"
                : panel(name, "<p>" + curiosity + "</p>"));
        for (int b = 0; b < BLOCKS; b++) {
            String workingOn = "Work item " + b + " of page " + p;
            String narration = "<p>Step " + b + ": measured, changed one thing, measured again; notes follow next week.</p>";
            out.append(app ? "<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\" ac:macro-id=\"dc-b-" + b + "\">"
                    + "<ac:parameter ac:name=\"status\">" + STATUSES[b % STATUSES.length] + "</ac:parameter>"
                    + "<ac:parameter ac:name=\"working-on\">" + workingOn + "</ac:parameter>"
                    + "<ac:rich-text-body>" + narration + "</ac:rich-text-body></ac:structured-macro>"
                    : panel(workingOn, narration));
        }
        for (int t = 0; t < THOUGHTS; t++) {
            String question = "Would question " + t + " of page " + p + " hold up?";
            String thought = "<p>A half-made idea: fewer meetings, more written notes, " + t + " trial weeks.</p>";
            out.append(app ? "<ac:structured-macro ac:name=\"half-finished-thought\" ac:schema-version=\"1\" ac:macro-id=\"dc-t-" + t + "\">"
                    + "<ac:parameter ac:name=\"question\">" + question + "</ac:parameter>"
                    + "<ac:rich-text-body>" + thought + "</ac:rich-text-body></ac:structured-macro>"
                    : panel(question, thought));
        }
        return out.toString();
    }

    private static String panel(String title, String body) {
        return "<div class=\"panel\"><p><strong>" + title + "</strong></p>" + body + "</div>";
    }
}
