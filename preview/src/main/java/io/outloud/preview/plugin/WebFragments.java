package io.outloud.preview.plugin;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserManager;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The plugin's web sections and web items as Confluence's web interface manager serves them to its header, user menu
 * and admin sidebar: per location or section, ordered by weight, only those whose every condition holds for the
 * person. The preview knows the Confluence conditions the plugin names; a condition it does not know stops the start,
 * as Confluence refuses a module whose condition it cannot load.
 */
public final class WebFragments {
    private static final String CONDITIONS = "com.atlassian.confluence.plugin.descriptor.web.conditions.";

    private final List<PluginDescriptor.WebSectionModule> sections;
    private final List<PluginDescriptor.WebItemModule> items;
    private final Map<String, BiPredicate<UserManager, ConfluenceUser>> conditions = Map.of(
            // Confluence's rules: signed in; a system administrator; a Confluence (site) administrator.
            CONDITIONS + "user.UserLoggedInCondition", (users, user) -> user != null,
            CONDITIONS + "SystemAdministratorCondition", (users, user) -> user != null && users.isSystemAdmin(user.getKey()),
            CONDITIONS + "ConfluenceAdministratorCondition", (users, user) -> user != null && users.isAdmin(user.getKey()));
    private final UserManager users;

    public WebFragments(PluginDescriptor descriptor, UserManager users) {
        this.sections = descriptor.webSections().stream().sorted(Comparator.comparingInt(PluginDescriptor.WebSectionModule::weight)).toList();
        this.items = descriptor.webItems().stream().sorted(Comparator.comparingInt(PluginDescriptor.WebItemModule::weight)).toList();
        this.users = users;
        sections.forEach(s -> s.conditions().forEach(this::known));
        items.forEach(i -> i.conditions().forEach(this::known));
    }

    /** The plugin's sections at a location ({@code system.user}) that this person may see. */
    public List<PluginDescriptor.WebSectionModule> sections(String location, ConfluenceUser user) {
        return sections.stream().filter(s -> s.location().equals(location) && holds(s.conditions(), user)).toList();
    }

    /** The plugin's items in a section ({@code system.user/user-menu}) that this person may see. */
    public List<PluginDescriptor.WebItemModule> items(String section, ConfluenceUser user) {
        return items.stream().filter(i -> i.section().equals(section) && holds(i.conditions(), user)).toList();
    }

    private boolean holds(List<String> names, ConfluenceUser user) {
        return names.stream().allMatch(name -> conditions.get(name).test(users, user));
    }

    private void known(String condition) {
        if (!conditions.containsKey(condition)) {
            throw new IllegalStateException("The preview knows no web-item condition " + condition + " (it knows " + conditions.keySet() + ")");
        }
    }
}
