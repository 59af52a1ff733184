package io.outloud.preview.http;

import io.outloud.community.ao.AoCommunityMembers;
import io.outloud.preview.PairingCommunities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A community's diversity over real HTTP, held to the site's minimum group size (5): a department of 7 is counted and
 * drawn, a department of 2 and the one member without a department only say "a few", with no bar to measure.
 */
class CommunityDiversityHttpTest extends DemoPreviewHttpTest {
    private static final String C = "diversity-guild";

    @BeforeAll
    static void community() {
        AoCommunityMembers members = PairingCommunities.create(server, C, "8a7f80a1-alice", "Engineering");
        for (int i = 1; i <= 6; i++) {
            PairingCommunities.addMember(members, C, "diversity-engineer-" + i, "Engineering");
        }
        PairingCommunities.addMember(members, C, "diversity-marketer-1", "Marketing");
        PairingCommunities.addMember(members, C, "diversity-marketer-2", "Marketing");
        PairingCommunities.addMember(members, C, "diversity-nobody-1", "");
    }

    @Test
    void departmentsBelowTheMinimumGroupSize_sayAFew_andDrawNoBar() throws Exception {
        for (String language : new String[] {"en", "de"}) {
            PreviewClient bruno = new PreviewClient(server.baseUrl()).actAs("bruno", language);
            String page = bruno.get("/plugins/servlet/outloud/community?key=" + C).body();

            assertEquals(1, Pattern.compile("class=\"outloud-community-bar outloud-community-bar-").matcher(page).results().count(),
                    "one bar, Engineering's: " + page);
            if (language.equals("en")) {
                assertTrue(page.contains("10 members from 2 departments"), page);
                assertTrue(page.contains(">Engineering: 7 members (70%)</button>"), page);
                assertTrue(page.contains(">Marketing: a few members</button>"), "still a filter of the member list: " + page);
                assertTrue(page.contains("A few members have no department."), page);
            } else {
                assertTrue(page.contains(">Engineering: 7 Mitglieder (70 %)</button>"), page);
                assertTrue(page.contains(">Marketing: einige Mitglieder</button>"), page);
                assertTrue(page.contains("Einige Mitglieder haben keine Abteilung."), page);
            }
            assertFalse(page.contains("Marketing: 2"), page);
            assertFalse(page.contains("(20"), "no share of a small department: " + page);
        }
    }
}
