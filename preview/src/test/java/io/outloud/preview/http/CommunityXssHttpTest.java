package io.outloud.preview.http;

import io.outloud.community.CommunityAskStore;
import io.outloud.community.CommunityMembers;
import io.outloud.community.CommunityStore;
import io.outloud.community.Membership;
import io.outloud.people.PersonProfiles;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.xss.XssChecks;
import io.outloud.preview.xss.XssPayloads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@link XssPayloads#marked() payload} in every place a community takes text from a person: its name and curiosity
 * (from the macro's parameters and from the form's REST), its labels (refused: labels are keys), what members are open to
 * talk about, department names, and asks (on the community, in the stream, in the mail). The raw HTML is judged as
 * {@link XssPagesHttpTest} judges it.
 */
class CommunityXssHttpTest extends ThoughtHttpSupport {
    private static final int PER_PAGE = 20;
    private static List<XssPayloads.Payload> payloads;
    private static final List<Long> macroPages = new ArrayList<>();
    private static long directoryPage;
    private static long askedPage;
    private static long streamPage;

    private static String cut(String text, int max) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.codePointCount(0, line.length()) <= max ? line : line.substring(0, line.offsetByCodePoints(0, max));
    }

    @BeforeAll
    static void payloadsEverywhere() throws Exception {
        payloads = XssPayloads.marked();
        for (int from = 0; from < payloads.size(); from += PER_PAGE) {
            StringBuilder storage = new StringBuilder("<p>Communities.</p>");
            for (XssPayloads.Payload p : payloads.subList(from, Math.min(from + PER_PAGE, payloads.size()))) {
                storage.append("<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\" ac:macro-id=\"xss-m-").append(p.id())
                        .append("\"><ac:parameter ac:name=\"name\">").append(XssPayloads.xmlText("M" + p.id() + " " + cut(p.text(), 70)))
                        .append("</ac:parameter><ac:parameter ac:name=\"curiosity\">").append(XssPayloads.xmlText(cut(p.text(), 500)))
                        .append("</ac:parameter></ac:structured-macro>");
            }
            macroPages.add(savePage("XSS communities " + (from / PER_PAGE + 1), storage.toString(), "8a7f80a1-eva"));
        }
        PreviewClient farid = as("farid");
        for (XssPayloads.Payload p : payloads) {
            PreviewClient.Response made = farid.postJson("/rest/outloud/1.0/communities", "{\"name\":" + PreviewClient.json("F" + p.id() + " " + cut(p.text(), 70))
                    + ",\"curiosity\":" + PreviewClient.json(cut(p.text(), 500)) + "}");
            assertEquals(201, made.statusCode(), "payload " + p.id() + ": " + made.body());
            int labelled = farid.postJson("/rest/outloud/1.0/communities", "{\"name\":\"L" + p.id() + "\",\"labels\":" + PreviewClient.json(p.text()) + "}")
                    .statusCode();
            if (!p.text().toLowerCase(java.util.Locale.ROOT).matches("[a-z0-9_,\\s-]*")) {
                assertEquals(400, labelled, "a label is a key: payload " + p.id() + " is refused");
            }
        }
        directoryPage = savePage("XSS directory", "<ac:structured-macro ac:name=\"outloud-community-directory\" ac:schema-version=\"1\"></ac:structured-macro>",
                "8a7f80a1-eva");

        // One community with members whose departments and "open to talk about" are payloads, and payloads as its asks.
        askedPage = savePage("XSS asks", "<ac:structured-macro ac:name=\"outloud-community\" ac:schema-version=\"1\" ac:macro-id=\"xss-asks\">"
                + "<ac:parameter ac:name=\"name\">Hostile asks</ac:parameter></ac:structured-macro>", "8a7f80a1-alice");
        String key = server.hosts().plugin().bean(CommunityStore.class).homedOn(askedPage).get(0).key();
        CommunityMembers members = server.hosts().plugin().bean(CommunityMembers.class);
        PersonProfiles profiles = server.hosts().plugin().bean(PersonProfiles.class);
        for (XssPayloads.Payload p : payloads.subList(0, 25)) {
            String userKey = "8a7f80a1-xss-" + p.id();
            String department = cut(p.text(), 200);
            server.hosts().users().save(new PreviewUser(userKey, "xss" + p.id(), cut("X " + p.text(), 200), "x" + p.id() + "@example.test",
                    department, "Tester", false));
            profiles.putOpenTo(userKey, cut(p.text(), 300), Instant.now());
            members.put(new Membership(key, userKey, Membership.State.MEMBER, Membership.Role.MEMBER, department, Instant.now()));
        }
        PreviewClient bruno = as("bruno");
        assertEquals(200, bruno.send("PUT", "/rest/outloud/1.0/communities/" + key + "/members/me", null, null, "X-Atlassian-Token", "no-check").statusCode());
        PreviewClient alice = as("alice");
        List<XssPayloads.Payload> asked = payloads.subList(payloads.size() - 20, payloads.size());
        for (XssPayloads.Payload p : asked.subList(0, 3)) { // over REST as far as the limit of a day allows
            assertEquals(201, alice.postJson("/rest/outloud/1.0/communities/" + key + "/asks", "{\"text\":" + PreviewClient.json(cut(p.text(), 500)) + "}")
                    .statusCode(), "ask " + p.id());
        }
        CommunityAskStore asks = server.hosts().plugin().bean(CommunityAskStore.class);
        for (XssPayloads.Payload p : asked.subList(3, asked.size())) {
            asks.add(key, "8a7f80a1-alice", cut(p.text(), 500), Instant.now());
        }
        streamPage = savePage("XSS stream", "<ac:structured-macro ac:name=\"working-out-loud-stream\" ac:schema-version=\"1\"></ac:structured-macro>",
                "8a7f80a1-eva");
    }

    @Test
    void communitiesWithPayloadsInEveryField_haveNoneOfThemAsMarkup_forMembersLeadsAndAnonymousReaders() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String reader : List.of("eva", "alice", "")) {
            PreviewClient client = reader.isEmpty() ? anonymous() : as(reader);
            for (long pageId : macroPages) {
                XssChecks.check(reader + " on page " + pageId, view(client, pageId), payloads, failures);
            }
            XssChecks.check(reader + " on the directory", view(client, directoryPage), payloads, failures);
            XssChecks.check(reader + " on the asks", view(client, askedPage), payloads, failures);
        }
        // The directory draws its first page on the server (the markup check above judged it): the same 20 communities
        // as the first page over REST; the rest come a page at a time over REST, where every payload community is listed.
        String directory = mainContent(view(as("eva"), directoryPage));
        List<Map<String, Object>> first = PagedListsHttpTest.walk(as("eva"), "/rest/outloud/1.0/communities", "communities", 20)
                .subList(0, 20);
        for (Map<String, Object> entry : first) {
            String token = ((String) entry.get("name")).split(" ")[0];
            assertTrue(directory.contains(token), "the first page draws " + token);
        }
        List<String> names = PagedListsHttpTest.walk(as("eva"), "/rest/outloud/1.0/communities?sort=name", "communities", 50).stream()
                .map(entry -> (String) entry.get("name")).toList();
        for (XssPayloads.Payload p : payloads) {
            assertTrue(names.stream().anyMatch(n -> n.equals("F" + p.id()) || n.startsWith("F" + p.id() + " ")) && names.stream().anyMatch(n -> n.startsWith("M" + p.id() + " ")),
                    "payload " + p.id() + " is listed");
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void asksWithPayloads_areText_onTheCommunity_inTheStream_andInTheMail() throws Exception {
        List<String> failures = new ArrayList<>();
        PreviewClient bruno = as("bruno");
        XssChecks.check("bruno's stream", view(bruno, streamPage), payloads, failures);
        XssChecks.check("bruno on the asks", view(bruno, askedPage), payloads, failures);
        String outbox = bruno.get("/outbox").body();
        for (String mail : org.jsoup.Jsoup.parse(outbox).select("iframe.outloud-outbox-body").eachAttr("srcdoc")) {
            String body = org.jsoup.Jsoup.parse(mail).body().html(); // the outbox wraps each mail in a document of its own
            XssChecks.check("a mail to bruno", "<html><body><div id=\"main-content\">" + body + "</div></body></html>", payloads, failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void myCommunities_listsEveryPayloadCommunityOfItsLead_asText_fiftyAPage_andRefusesStrangers() throws Exception {
        List<String> failures = new ArrayList<>();
        PreviewClient farid = as("farid");
        String next = "/plugins/servlet/outloud/communities";
        List<String> names = new ArrayList<>();
        int pages = 0;
        while (next != null) {
            PreviewClient.Response page = farid.get(next);
            assertEquals(200, page.statusCode(), next);
            XssChecks.check("farid's communities " + next, page.body(), payloads, failures);
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());
            List<String> here = html.select(".outloud-community-mine-name").eachText();
            assertTrue(here.size() <= 50, "at most 50 a page: " + here.size());
            names.addAll(here);
            org.jsoup.nodes.Element more = html.selectFirst("a.outloud-communities-mine-more");
            next = more == null ? null : more.attr("href");
            pages++;
        }
        assertEquals(List.of(), failures);
        for (XssPayloads.Payload p : payloads) {
            assertTrue(names.stream().anyMatch(n -> n.equals("F" + p.id()) || n.startsWith("F" + p.id() + " ")), "payload " + p.id() + " is listed");
        }
        assertEquals(names.size(), new java.util.HashSet<>(names).size(), "no community twice across " + pages + " pages");
        assertEquals(401, anonymous().get("/plugins/servlet/outloud/communities").statusCode());
        assertEquals(401, anonymous().get("/plugins/servlet/outloud/requests").statusCode());
    }
}
