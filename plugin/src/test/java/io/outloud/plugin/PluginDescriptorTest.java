package io.outloud.plugin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** atlassian-plugin.xml in the build output: well formed, and every name in it resolves. */
class PluginDescriptorTest {

    private static DescriptorChecker checker;

    @BeforeAll
    static void readDescriptor() throws Exception {
        checker = new DescriptorChecker(PluginDescriptorTest.class.getClassLoader());
    }

    @Test
    void everyClassResourceI18nKeyAndEntityItNamesExists() {
        assertEquals(List.of(), checker.problems());
    }

    @Test
    void isAVersion2PluginWithTheOutLoudKey() {
        Element root = checker.root();
        assertEquals("atlassian-plugin", root.getTagName());
        assertEquals("io.outloud.confluence", root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));
    }

    @Test
    void pluginInfoDeclaresDataCenterCompatibility() {
        Map<String, String> params = checker.elements("param").stream()
                .filter(p -> ((Element) p.getParentNode()).getTagName().equals("plugin-info"))
                .collect(Collectors.toMap(p -> p.getAttribute("name"), p -> p.getTextContent().trim()));
        assertEquals("compatible", params.get("atlassian-data-center-status"));
        assertEquals("true", params.get("atlassian-data-center-compatible"));
        Element vendor = checker.elements("vendor").get(0);
        assertFalse(vendor.getAttribute("name").isBlank());
        String version = checker.elements("version").get(0).getTextContent().trim();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
    }

    @Test
    void listsTheActiveObjectsEntitiesInOneAoModule() {
        assertEquals(1, checker.elements("ao").size());
        assertFalse(checker.elements("entity").isEmpty());
    }

    @Test
    void userMenuAndAdminSidebar_leadToTheAppsPages_forSignedInPeopleAndSystemAdmins() {
        Map<String, Element> items = checker.elements("web-item").stream()
                .filter(e -> !e.getAttribute("section").startsWith("system.space.tools/")) // the space tools' item: the test below
                .collect(Collectors.toMap(e -> e.getAttribute("key"), e -> e));
        Map<String, String> links = items.values().stream().collect(Collectors.toMap(e -> e.getAttribute("key"),
                e -> e.getElementsByTagName("link").item(0).getTextContent().trim()));
        assertEquals(Map.of("user-menu-requests", "/plugins/servlet/outloud/requests", "user-menu-thoughts", "/plugins/servlet/outloud/thoughts",
                "user-menu-communities", "/plugins/servlet/outloud/communities", "user-menu-following", "/plugins/servlet/outloud/following",
                "user-menu-preferences", "/plugins/servlet/outloud/me",
                "admin-settings", "/plugins/servlet/outloud/admin",
                "user-menu-home", "/plugins/servlet/outloud/home"), links);
        List<String> servlets = checker.elements("url-pattern").stream().map(u -> "/plugins/servlet" + u.getTextContent().trim()).toList();
        links.values().forEach(link -> assertTrue(servlets.contains(link), link + " is no servlet of the app"));
        Element section = checker.elements("web-section").get(0);
        assertEquals("system.user", section.getAttribute("location"));
        items.forEach((key, item) -> {
            String condition = ((Element) item.getElementsByTagName("condition").item(0)).getAttribute("class");
            if (key.startsWith("user-menu-")) {
                assertEquals("system.user/" + section.getAttribute("key"), item.getAttribute("section"), key);
                assertTrue(condition.endsWith(".UserLoggedInCondition"), key);
            } else {
                assertEquals("system.admin/marketplace_confluence", item.getAttribute("section"), key);
                assertTrue(condition.endsWith(".SystemAdministratorCondition"), key);
            }
        });
    }

    @Test
    void spaceToolsItem_isInIntegrations_forTheSpacesAdminsOnly() {
        List<Element> items = checker.elements("web-item").stream().filter(e -> e.getAttribute("section").startsWith("system.space.tools/")).toList();
        assertEquals(1, items.size());
        Element item = items.get(0);
        assertEquals("system.space.tools/integrations", item.getAttribute("section"));
        assertEquals("/plugins/servlet/outloud/space-tools?key=$generalUtil.urlEncode($space.key)",
                item.getElementsByTagName("link").item(0).getTextContent().trim());
        Element condition = (Element) item.getElementsByTagName("condition").item(0);
        assertEquals("com.atlassian.confluence.plugin.descriptor.web.conditions.SpacePermissionCondition", condition.getAttribute("class"));
        Element param = (Element) condition.getElementsByTagName("param").item(0);
        assertEquals("permission", param.getAttribute("name"));
        assertEquals("administer", param.getTextContent().trim());
    }
}
