package io.outloud.host;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import io.outloud.content.PageRef;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page check every feature starts from: a page someone may view, in its latest version. An old version (an id of
 * its own in Confluence) is no page the app keeps data for, so blocks and thoughts shown there get none of their own.
 */
class ConfluencePageAccessTest {

    private static Page page(long id, boolean latest) {
        Page page = new Page() {
            @Override
            public boolean isLatestVersion() {
                return latest; // an old version, as Confluence hands it out under an id of its own
            }
        };
        page.setId(id);
        page.setTitle("Page " + id);
        page.setBodyAsString("<p>body " + id + "</p>");
        return page;
    }

    private final Map<Long, Page> pages = Map.of(1L, page(1L, true), 2L, page(2L, false));

    @Test
    void theLatestVersion_isViewable_andEditable_asThePermissionsSay() {
        ConfluencePageAccess access = new ConfluencePageAccess(pages::get, (user, permission, target) -> true);

        Optional<PageRef> page = access.viewablePage(1L);

        assertEquals("Page 1", page.orElseThrow().title());
        assertTrue(access.mayEdit(1L));
    }

    @Test
    void anOldVersion_isNoPage_forViewingOrEditing() {
        ConfluencePageAccess access = new ConfluencePageAccess(pages::get, (user, permission, target) -> true);

        assertTrue(access.viewablePage(2L).isEmpty());
        assertFalse(access.mayEdit(2L));
    }

    @Test
    void withoutThePermission_orThePage_thereIsNone() {
        ConfluencePageAccess viewOnly = new ConfluencePageAccess(pages::get, (user, permission, target) -> permission == Permission.VIEW);

        assertTrue(viewOnly.viewablePage(1L).isPresent());
        assertFalse(viewOnly.mayEdit(1L));
        assertTrue(viewOnly.viewablePage(3L).isEmpty());
        assertTrue(viewOnly.viewablePage(0L).isEmpty());
        assertFalse(viewOnly.mayEdit(-1L));
        assertTrue(new ConfluencePageAccess(pages::get, (user, permission, target) -> false).viewablePage(1L).isEmpty());
    }

    @Test
    void aNamedPerson_mayViewWhatTheirPermissionsSay_andAnUnknownPersonNothing() {
        ConfluenceUser carol = (ConfluenceUser) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ConfluenceUser.class}, (proxy, method, args) -> method.getName().equals("getKey") ? new UserKey("carol") : null);
        ConfluencePageAccess access = new ConfluencePageAccess(pages::get,
                (user, permission, target) -> user == carol && permission == Permission.VIEW,
                (com.atlassian.confluence.user.UserAccessor) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[]{com.atlassian.confluence.user.UserAccessor.class}, (proxy, method, args) ->
                                method.getName().equals("getUserByKey") && ((UserKey) args[0]).getStringValue().equals("carol") ? carol : null));

        assertEquals("Page 1", access.viewablePageFor("carol", 1L).orElseThrow().title());
        assertTrue(access.viewablePageFor("carol", 2L).isEmpty(), "an old version");
        assertTrue(access.viewablePageFor("dirk", 1L).isEmpty(), "nobody the site knows");
        assertTrue(access.viewablePage(1L).isEmpty(), "the request's own (anonymous) viewer may not");
        assertTrue(new ConfluencePageAccess(pages::get, (user, permission, target) -> true).viewablePageFor("carol", 1L).isEmpty(),
                "without a user accessor nobody is known");
    }
}
