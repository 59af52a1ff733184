package io.outloud.preview.http;

import io.outloud.preview.web.RequestFilter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page of what one follows over real HTTP: only one's own follows, newest first, each with a pressed follow button
 * that names its target as every follow button does; no user key in it; anonymous readers refused; and its
 * statements do not grow with the number of follows.
 */
class FollowingPageHttpTest extends DemoPreviewHttpTest {
    private static final String PAGE = "/plugins/servlet/outloud/following";
    private static final String FOLLOWS = "/rest/outloud/1.0/follows";

    private static void follow(PreviewClient client, String path) throws Exception {
        PreviewClient.Response answer = client.send("PUT", FOLLOWS + path, null, null, "X-Atlassian-Token", "no-check");
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    }

    @Test
    void myFollows_newestFirst_withTheirKindAndAPressedButton_andNobodyElsesFollows() throws Exception {
        PreviewClient dirk = as("dirk");
        follow(dirk, "/person/farid");
        follow(dirk, "/community/data-curious");
        follow(dirk, "/label/dashboards");
        follow(as("eva"), "/person/bruno");

        PreviewClient.Response answer = dirk.get(PAGE);
        assertEquals(200, answer.statusCode(), answer.body());
        Document page = Jsoup.parse(answer.body());
        assertEquals("What I follow", page.title().replace(" - Out Loud preview", ""));
        List<Element> items = page.select(".outloud-following-item");
        assertEquals(List.of("Label dashboards Follow label dashboards", "Community Data curious Follow community Data curious",
                "Person Farid El Amrani Follow Farid El Amrani"), items.stream().map(Element::text).toList(), "newest first");
        assertEquals("farid", items.get(2).selectFirst("button.outloud-follow").attr("data-follow-target"));
        assertEquals("true", items.get(2).selectFirst("button.outloud-follow").attr("aria-pressed"));
        assertTrue(items.get(1).selectFirst("a.outloud-following-name").attr("href").contains("pageId="), "the community's page");
        String list = page.selectFirst(".outloud-following").outerHtml();
        assertFalse(list.contains("8a7f80a1-"), "no user key: " + list);
        assertFalse(list.contains("Bruno Dubois"), "Eva's follows are hers");

        String german = new PreviewClient(server.baseUrl()).actAs("dirk", "de").get(PAGE).body();
        assertTrue(german.contains("Wem ich folge"), german);
    }

    @Test
    void nothingFollowed_saysHowToStart_andAnonymousReadersAreRefused() throws Exception {
        String page = as("chloe").get(PAGE).body();
        assertTrue(page.contains("You follow nothing yet."), page);
        assertEquals(401, new PreviewClient(server.baseUrl()).get(PAGE).statusCode());
    }

    @Test
    void statementsPerPage_doNotGrowWithTheNumberOfFollows() throws Exception {
        PreviewClient alice = as("alice");
        follow(alice, "/person/farid");
        follow(alice, "/community/data-curious");
        follow(alice, "/label/label-0");
        long few = Long.parseLong(alice.get(PAGE).header(RequestFilter.APP_SQL_HEADER).orElseThrow());
        for (String person : List.of("bruno", "chloe", "dirk", "eva")) {
            follow(alice, "/person/" + person);
        }
        for (int i = 1; i < 30; i++) {
            follow(alice, "/label/label-" + i);
        }
        PreviewClient.Response many = alice.get(PAGE);
        assertEquals(36, Jsoup.parse(many.body()).select(".outloud-following-item").size());
        assertEquals(few, Long.parseLong(many.header(RequestFilter.APP_SQL_HEADER).orElseThrow()), "3 follows vs 36");
    }
}
