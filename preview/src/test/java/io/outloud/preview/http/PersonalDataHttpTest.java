package io.outloud.preview.http;

import io.outloud.common.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data over real HTTP: each person downloads their own (streamed JSON, one row a line, as many rows as the
 * size said); site admins, in the secure administrator session, download anyone's and erase them after typing the
 * username again; and Confluence's removal of a user (its UserRemoveEvent) erases them too. After each erasure no
 * table of the app holds the person's key.
 */
class PersonalDataHttpTest extends DemoPreviewHttpTest {
    private static final String ADMIN_PAGE = "/plugins/servlet/outloud/admin/people";

    @Test
    void aPerson_downloadsTheirOwnData_asStreamedJson() throws Exception {
        assertEquals(401, new PreviewClient(server.baseUrl()).get("/rest/outloud/1.0/me/data").statusCode());
        PreviewClient alice = as("alice");
        long rows = ((Number) JsonReader.readObject(alice.get("/rest/outloud/1.0/me/data/size").body()).get("rows")).longValue();
        assertTrue(rows > 3, "the demo gives Alice blocks, reactions and memberships: " + rows);

        PreviewClient.Response download = alice.get("/rest/outloud/1.0/me/data");
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.header("Content-Disposition").orElseThrow().startsWith("attachment"), "a download");
        Map<String, Object> export = JsonReader.readObject(download.body());
        assertEquals("8a7f80a1-alice", export.get("person"));
        assertEquals("outloud-personal-data/1", export.get("format"));
        @SuppressWarnings("unchecked")
        Map<String, Object> sections = (Map<String, Object>) export.get("sections");
        assertTrue(sections.keySet().containsAll(Set.of("profile", "preferences", "blocks", "reactions", "memberships", "notifications")),
                sections.keySet().toString());
        long rowLines = download.body().lines().filter(line -> line.startsWith("{")).count() - 1;
        assertEquals(rows, rowLines, "one row a line, as many as the size said");
        assertFalse(download.body().contains("8a7f80a1-bruno\",\"kind\""), "nobody else's reactions");

        String page = alice.get("/plugins/servlet/outloud/me").body();
        assertTrue(page.contains("id=\"outloud-my-data-download\""), page);
        assertTrue(page.contains("io.outloud.confluence:settings-me-resources/download.js"), page);
    }

    @Test
    void onlySiteAdmins_inTheSecureSession_downloadAnyonesData_andEraseThem() throws Exception {
        String size = "/rest/outloud/1.0/admin/people/data/size?username=bruno";
        assertEquals(403, as("eva").get(size).statusCode(), "not a site admin");
        assertEquals(403, as("eva").get(ADMIN_PAGE).statusCode());
        assertTrue(as("admin").get(size).statusCode() >= 400, "not in the secure administrator session");
        assertEquals(302, as("admin").get(ADMIN_PAGE).statusCode(), "first the secure administrator session");

        PreviewClient admin = as("admin").secureAdminSession();
        PreviewClient.Response page = admin.get(ADMIN_PAGE);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"outloud-person-data-form\""), page.body());
        assertTrue(admin.get("/plugins/servlet/outloud/admin").body().contains("href=\"admin/people\""), "linked from the settings page");
        assertEquals(404, admin.get("/rest/outloud/1.0/admin/people/data/size?username=nobody-here").statusCode());
        assertTrue(((Number) JsonReader.readObject(admin.get(size).body()).get("rows")).longValue() > 0);
        assertTrue(admin.get("/rest/outloud/1.0/admin/people/data?username=bruno").body().contains("\"person\":\"8a7f80a1-bruno\""));
        assertFalse(tablesHolding("8a7f80a1-bruno").isEmpty(), "Bruno is in the app's tables before");

        assertEquals(403, as("eva").postJson("/rest/outloud/1.0/admin/people/erase",
                "{\"username\":\"bruno\",\"confirm\":\"bruno\",\"texts\":\"delete\"}").statusCode());
        PreviewClient.Response unconfirmed = admin.postJson("/rest/outloud/1.0/admin/people/erase",
                "{\"username\":\"bruno\",\"confirm\":\"brun\",\"texts\":\"delete\"}");
        assertEquals(400, unconfirmed.statusCode());
        assertTrue(unconfirmed.body().contains("username again exactly"), unconfirmed.body());
        assertEquals(400, admin.postJson("/rest/outloud/1.0/admin/people/erase",
                "{\"username\":\"bruno\",\"confirm\":\"bruno\",\"texts\":\"shred\"}").statusCode());
        assertEquals(200, admin.postJson("/rest/outloud/1.0/admin/people/erase",
                "{\"username\":\"bruno\",\"confirm\":\"bruno\",\"texts\":\"delete\"}").statusCode());

        assertEquals(Set.of(), tablesHolding("8a7f80a1-bruno"), "no table of the app holds Bruno's key, the privacy audit's neither");
        assertEquals(0L, ((Number) JsonReader.readObject(admin.get(size).body()).get("rows")).longValue());
        String audit = admin.get("/rest/outloud/1.0/admin/audit?limit=50").body();
        assertTrue(audit.contains("\"by\":\"Sam Peeters\",\"kind\":\"erased\",\"what\":\"A person erased\",\"detail\":\"their texts deleted\",\"about\":null"), audit);
        assertTrue(audit.contains("\"kind\":\"exported\",\"what\":\"Personal data downloaded\",\"detail\":\"by a site admin\",\"about\":\"an erased person\""),
                "the export stays recorded, no longer naming Bruno: " + audit);
        assertFalse(audit.contains("Bruno"), audit);
        assertCountersAgreeWithMemberships();
    }

    @Test
    void confluenceRemovingAUser_erasesThem() throws Exception {
        assertFalse(tablesHolding("8a7f80a1-dirk").isEmpty(), "Dirk leads a community and has notices before");
        PreviewClient admin = as("admin");
        PreviewClient.Response removed = admin.postForm("/admin/users/remove",
                "atl_token=" + URLEncoder.encode(admin.formToken(), StandardCharsets.UTF_8) + "&username=dirk");
        assertEquals(302, removed.statusCode(), removed.body());
        assertEquals(Set.of(), tablesHolding("8a7f80a1-dirk"), "the removal event erased Dirk from every table of the app");
        assertCountersAgreeWithMemberships();
        assertEquals(403, as("eva").postForm("/admin/users/remove",
                "atl_token=x&username=farid").statusCode(), "the preview's user management is for site admins with a form token");
    }

    @Test
    void theDailySweep_erasesPeopleRemovedWithoutAnEvent_andTakesDeactivatedPeopleOutOfPairing() throws Exception {
        String chloe = "8a7f80a1-chloe";
        String farid = "8a7f80a1-farid";
        assertFalse(tablesHolding(chloe).isEmpty());
        server.hosts().users().remove(chloe); // as a directory synchronisation does: no event
        assertFalse(tablesHolding(chloe).isEmpty(), "no event, nothing erased yet");
        new io.outloud.community.pairing.ao.AoPairingStore(server.hosts().activeObjects()).putParticipant(
                new io.outloud.community.pairing.PairingParticipant("data-curious", farid, true, null, 0, false, java.time.Instant.now()));
        server.hosts().users().setDeactivated(farid, true);

        io.outloud.privacy.PersonalDataService sweep = server.hosts().plugin().bean(io.outloud.privacy.PersonalDataService.class);
        io.outloud.privacy.PersonalDataService.Counts counts = new io.outloud.privacy.PersonalDataService.Counts();
        for (java.util.Optional<String> after = java.util.Optional.of(""); after.isPresent(); ) {
            after = sweep.sweep(after.get(), counts);
        }

        assertEquals(Set.of(), tablesHolding(chloe), "the sweep erased the person no directory holds");
        assertFalse(tablesHolding(farid).stream().anyMatch(column -> column.contains("PAIR_OPT")), "the deactivated person left pairing");
        assertFalse(tablesHolding(farid).isEmpty(), "and keeps the rest: they may come back");
        assertTrue(counts.erased >= 1 && counts.deactivated >= 1 && counts.active > 3, counts.toString());
        assertCountersAgreeWithMemberships();
    }

    /** Every app table (AO_...) and text column holding {@code key}: "TABLE.COLUMN". */
    private static Set<String> tablesHolding(String key) throws Exception {
        Set<String> found = new TreeSet<>();
        try (Connection connection = server.hosts().activeObjects().dataSource().getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getColumns(null, null, "%", "%")) {
                while (rows.next()) {
                    int type = rows.getInt("DATA_TYPE");
                    if (rows.getString("TABLE_NAME").toUpperCase().startsWith("AO_") && (type == Types.VARCHAR || type == Types.CLOB
                            || type == Types.LONGVARCHAR || type == Types.CHAR || type == Types.NVARCHAR)) {
                        columns.add(new String[]{rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() > 40, "the scan sees the app's text columns");
            for (String[] column : columns) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE \"" + column[1] + "\" LIKE ?")) {
                    statement.setString(1, "%" + key + "%");
                    try (ResultSet count = statement.executeQuery()) {
                        count.next();
                        if (count.getInt(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static void assertCountersAgreeWithMemberships() throws Exception {
        try (Connection connection = server.hosts().activeObjects().dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT c.\"COMMUNITY_KEY\", c.\"MEMBER_COUNT\", (SELECT COUNT(*) FROM "
                     + "\"AO_1514BA_MEMBER\" m WHERE m.\"COMMUNITY_KEY\" = c.\"COMMUNITY_KEY\" AND (m.\"STATE\" IS NULL OR m.\"STATE\" = 'member'))"
                     + " FROM \"AO_1514BA_COMMUNITY\" c")) {
            int communities = 0;
            while (rows.next()) {
                communities++;
                assertEquals(rows.getInt(3), rows.getInt(2), "the member counter of " + rows.getString(1));
            }
            assertTrue(communities > 0);
        }
    }
}
