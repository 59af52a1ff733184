package io.outloud.preview.plugin;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.outloud.preview.host.PreviewUser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web-items as Confluence's web interface manager filters them: a space permission condition needs the space drawn. */
class WebFragmentsTest {
    private static final String TOOLS = "system.space.tools/integrations";
    private final ConfluenceUser eva = new PreviewUser("k-eva", "eva", "Eva", "eva@example.com", "Design", "Lead", false);
    private final ConfluenceUser farid = new PreviewUser("k-farid", "farid", "Farid", "farid@example.com", "Sales", "Rep", false);
    private final Space team = new Space("TEAM");
    private final Space other = new Space("R&D");
    /** Eva administers TEAM only; nobody administers anything else. */
    private final PermissionManager permissions = (user, permission, target) -> user == eva && permission == Permission.ADMINISTER && target == team;
    private final WebFragments fragments = new WebFragments(PluginDescriptor.load(getClass().getClassLoader(), "webfragments/atlassian-plugin.xml"),
            new NoAdmins(), permissions);

    @Test
    void aSpacePermissionCondition_showsTheItemToTheSpacesAdmins_inThatSpaceOnly() {
        assertEquals(List.of("open", "tools"), keys(fragments.items(TOOLS, eva, team)));
        assertEquals(List.of("open"), keys(fragments.items(TOOLS, eva, other)));
        assertEquals(List.of("open"), keys(fragments.items(TOOLS, farid, team)));
        assertEquals(List.of("open"), keys(fragments.items(TOOLS, null, team)));
        assertEquals(List.of("open"), keys(fragments.items(TOOLS, eva)), "no space drawn, no space permission");
    }

    @Test
    void aLinkIsFilledInForTheSpace_encodedAsConfluencesVelocityDoes() {
        PluginDescriptor.WebItemModule tools = fragments.items(TOOLS, eva, team).get(1);
        assertEquals("/plugins/servlet/test?key=R%26D&raw=R%26D", WebFragments.linkFor(tools, other));
    }

    @Test
    void aConditionConfluenceWouldNotInitialise_stopsTheStart() {
        IllegalStateException unknownPermission = assertThrows(IllegalStateException.class, () -> new WebFragments(
                PluginDescriptor.load(getClass().getClassLoader(), "webfragments/bad-permission.xml"), new NoAdmins(), permissions));
        assertTrue(unknownPermission.getMessage().contains("permission="), unknownPermission.getMessage());
        assertThrows(IllegalStateException.class, () -> new WebFragments(
                PluginDescriptor.load(getClass().getClassLoader(), "webfragments/grouped.xml"), new NoAdmins(), permissions).items(TOOLS, eva));
    }

    private static List<String> keys(List<PluginDescriptor.WebItemModule> items) {
        return items.stream().map(PluginDescriptor.WebItemModule::key).toList();
    }

    private static final class NoAdmins implements UserManager {
        @Override
        public UserKey getRemoteUserKey() {
            return null;
        }

        @Override
        public UserProfile getUserProfile(UserKey userKey) {
            return null;
        }

        @Override
        public UserProfile getUserProfile(String username) {
            return null;
        }

        @Override
        public boolean isSystemAdmin(UserKey userKey) {
            return false;
        }

        @Override
        public boolean isAdmin(UserKey userKey) {
            return false;
        }
    }
}
