package io.outloud.preview.http;

import io.outloud.preview.InsightRollups;
import io.outloud.preview.web.RequestFilter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-department insight over HTTP: who may read what (site admins everything, a community's lead that community
 * only, anyone else nothing), the page's cells and suppressed cells, the CSV download, and a fixed number of SQL
 * statements whatever the number of days the roll-ups hold.
 */
class InsightHttpTest extends DemoPreviewHttpTest {
    private static final String REST = "/rest/outloud/1.0/insight";
    private static final String PAGE = "/plugins/servlet/outloud/insight";

    @BeforeAll
    static void seed() {
        InsightRollups.seed(server.hosts().activeObjects(), "", "data-curious", "onboarding-circle");
    }

    @Test
    void aNormalPerson_readsNoInsight() throws Exception {
        PreviewClient bruno = as("bruno");
        for (String path : new String[]{REST, REST + "?community=data-curious", REST + "/csv", PAGE, PAGE + "?community=data-curious"}) {
            PreviewClient.Response refused = bruno.get(path);
            assertEquals(403, refused.statusCode(), path);
            assertFalse(refused.body().contains("outloud-insight") || refused.body().contains("\"kinds\""), path);
        }
        assertEquals(401, new PreviewClient(server.baseUrl()).get(REST).statusCode());
    }

    @Test
    void aLead_readsTheirCommunityOnly() throws Exception {
        PreviewClient farid = as("farid"); // leads Data curious
        PreviewClient.Response data = farid.get(REST + "?community=data-curious&weeks=12");
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(data.body().contains("\"communityName\":\"Data curious\""), data.body());
        assertTrue(data.body().contains("{\"from\":\"Marketing\",\"to\":\"Engineering\",\"events\":7,\"suppressed\":false}"), data.body());
        assertTrue(data.body().contains("{\"from\":\"Finance\",\"to\":\"HR\",\"events\":null,\"suppressed\":true}"), data.body());
        assertTrue(data.body().contains("\"crossingPercent\":44"), "7 of the 16 shown acts crossed: " + data.body());
        assertEquals(403, farid.get(REST + "?community=onboarding-circle").statusCode());
        assertEquals(403, farid.get(REST).statusCode());
        assertEquals(404, farid.get(REST + "?community=no-such").statusCode());
        assertEquals(400, farid.get(REST + "?community=data-curious&weeks=5").statusCode());
    }

    /** The leads' link under "Leading" goes through the Velocity allowlist like everything else the template calls. */
    @Test
    void aLead_findsTheLinkOnTheCommunitysPage_othersDoNot() throws Exception {
        long pageId = server.hosts().pages().findByTitle(io.outloud.preview.demo.DemoContent.TEAM, io.outloud.preview.demo.DemoCommunities.DATA)
                .orElseThrow().id();
        String lead = as("farid").get("/pages/viewpage.action?pageId=" + pageId).body();
        assertTrue(lead.contains("/plugins/servlet/outloud/insight?community=data-curious\">Cross-department insight for this community</a>"), lead);
        String member = as("bruno").get("/pages/viewpage.action?pageId=" + pageId).body();
        assertFalse(member.contains("outloud-community-insight"), member);
    }

    @Test
    void aSiteAdmin_readsTheSiteAndEveryCommunity() throws Exception {
        PreviewClient admin = as("admin");
        PreviewClient.Response site = admin.get(REST + "?weeks=4");
        assertEquals(200, site.statusCode(), site.body());
        assertTrue(site.body().contains("{\"from\":\"Marketing\",\"to\":\"Engineering\",\"events\":21,\"suppressed\":false}"), site.body());
        assertEquals(200, admin.get(REST + "?community=onboarding-circle").statusCode());
    }

    @Test
    void thePage_showsTheCell_andTheSuppressedCellAsSuppressed() throws Exception {
        Document page = Jsoup.parse(as("admin").get(PAGE + "?weeks=4&kind=help-accepted").body());

        Element cell = page.selectFirst("td[data-from=Marketing][data-to=Engineering]");
        assertNotNull(cell, page.html());
        assertEquals("21", cell.text());
        Element small = page.selectFirst("td[data-from=Finance][data-to=HR]");
        assertEquals("true", small.attr("data-suppressed"));
        assertEquals("suppressed (too few people)", small.text(), "suppressed, not zero");
        assertNotNull(page.selectFirst("svg.outloud-insight-matrix[role=img] title"));
        assertNotNull(page.selectFirst("svg.outloud-insight-trend desc"));
        assertTrue(page.selectFirst("a.outloud-insight-csv").attr("href").endsWith(REST + "/csv?weeks=4"));

        Document lead = Jsoup.parse(as("farid").get(PAGE + "?community=data-curious").body());
        assertTrue(lead.selectFirst(".outloud-insight-scope").text().contains("Data curious"));
        assertEquals("7", lead.selectFirst("td[data-from=Marketing][data-to=Engineering]").text(), "the default is help accepted, this community only");
    }

    @Test
    void thePage_speaksTheReadersLanguage() throws Exception {
        Document page = Jsoup.parse(new PreviewClient(server.baseUrl()).actAs("admin", "de").get(PAGE).body());

        assertEquals("Abteilungsübergreifender Einblick", page.selectFirst(".outloud-insight h2").text());
        assertEquals("unterdrückt (zu wenige Personen)", page.selectFirst("td[data-from=Finance][data-to=HR]").text());
    }

    @Test
    void theCsv_isAnAttachment_withSuppressedFiguresAsSuppressed() throws Exception {
        PreviewClient.Response csv = as("farid").get(REST + "/csv?community=data-curious");

        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").orElse("").startsWith("attachment; filename=\"outloud-insight-data-curious-"));
        assertTrue(csv.body().contains("\"cell\",\"help-accepted\",\"Marketing\",\"Engineering\",\"\",\"7\""), csv.body());
        assertTrue(csv.body().contains("\"cell\",\"help-accepted\",\"Finance\",\"HR\",\"\",\"suppressed\""), csv.body());
    }

    @Test
    void statements_areTheSameFor1And30DaysOfRollUps() throws Exception {
        PreviewClient admin = as("admin");
        InsightRollups.fillDays(server.hosts().activeObjects(), 1, "onboarding-circle");
        String oneDay = statements(admin, REST + "?weeks=26&community=onboarding-circle");
        String onePage = statements(admin, PAGE + "?weeks=26&community=onboarding-circle");
        InsightRollups.fillDays(server.hosts().activeObjects(), 30, "onboarding-circle");

        assertEquals(oneDay, statements(admin, REST + "?weeks=26&community=onboarding-circle"));
        assertEquals(onePage, statements(admin, PAGE + "?weeks=26&community=onboarding-circle"));
        System.out.println("Insight: SQL statements per REST read " + oneDay + ", per page " + onePage + " (1 and 30 days of roll-ups)");
    }

    /** The statements of a read after a first one (which may fill the settings cache). */
    private static String statements(PreviewClient client, String path) throws IOException {
        client.get(path);
        PreviewClient.Response response = client.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.header(RequestFilter.SQL_HEADER).orElseThrow();
    }
}
