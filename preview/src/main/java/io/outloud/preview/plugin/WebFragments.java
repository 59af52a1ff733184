package io.outloud.preview.plugin;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserManager;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's web sections and web items as Confluence's web interface manager serves them to its header, user menu,
 * admin sidebar and space tools: per location or section, ordered by weight, only those whose every condition holds for
 * the person (and the space, where there is one). The preview knows the Confluence conditions the plugin names; a
 * condition it does not know, or a parameter the condition would refuse, stops the start, as Confluence refuses a module
 * whose condition it cannot load or initialise.
 */
public final class WebFragments {
    private static final String CONDITIONS = "com.atlassian.confluence.plugin.descriptor.web.conditions.";
    private static final String SPACE_PERMISSION = CONDITIONS + "SpacePermissionCondition";
    /** The names {@code Permission.forName} takes, as BasePermissionCondition reads its {@code permission} parameter. */
    private static final Map<String, Permission> PERMISSIONS = Map.of("view", Permission.VIEW, "edit", Permission.EDIT,
            "administer", Permission.ADMINISTER);

    /** What a condition sees: Confluence's WebInterfaceContext, reduced to the person and the space. */
    private record Context(ConfluenceUser user, Space space) {
    }

    private interface Rule {
        boolean holds(Context context, Map<String, String> params);
    }

    private final List<PluginDescriptor.WebSectionModule> sections;
    private final List<PluginDescriptor.WebItemModule> items;
    private final Map<String, Rule> rules;

    public WebFragments(PluginDescriptor descriptor, UserManager users, PermissionManager permissions) {
        this.sections = descriptor.webSections().stream().sorted(Comparator.comparingInt(PluginDescriptor.WebSectionModule::weight)).toList();
        this.items = descriptor.webItems().stream().sorted(Comparator.comparingInt(PluginDescriptor.WebItemModule::weight)).toList();
        // Confluence's rules: signed in; a system administrator; a Confluence (site) administrator; a permission in the
        // space being drawn (no space, no item).
        this.rules = Map.of(
                CONDITIONS + "user.UserLoggedInCondition", (context, params) -> context.user() != null,
                CONDITIONS + "SystemAdministratorCondition", (context, params) -> context.user() != null
                        && users.isSystemAdmin(context.user().getKey()),
                CONDITIONS + "ConfluenceAdministratorCondition", (context, params) -> context.user() != null
                        && users.isAdmin(context.user().getKey()),
                SPACE_PERMISSION, (context, params) -> context.space() != null
                        && permissions.hasPermission(context.user(), PERMISSIONS.get(params.get("permission")), context.space()));
        sections.forEach(s -> s.conditions().forEach(this::known));
        items.forEach(i -> i.conditions().forEach(this::known));
    }

    /** The plugin's sections at a location ({@code system.user}) that this person may see. */
    public List<PluginDescriptor.WebSectionModule> sections(String location, ConfluenceUser user) {
        return sections.stream().filter(s -> s.location().equals(location) && holds(s.conditions(), new Context(user, null))).toList();
    }

    /** The plugin's items in a section ({@code system.user/user-menu}) that this person may see. */
    public List<PluginDescriptor.WebItemModule> items(String section, ConfluenceUser user) {
        return items(section, user, null);
    }

    /** The plugin's items in a section of a space's pages ({@code system.space.tools/integrations}) that this person may see there. */
    public List<PluginDescriptor.WebItemModule> items(String section, ConfluenceUser user, Space space) {
        return items.stream().filter(i -> i.section().equals(section) && holds(i.conditions(), new Context(user, space))).toList();
    }

    /**
     * An item's link for a space, its {@code $generalUtil.urlEncode($space.key)} (or {@code $space.key}) filled in as
     * Confluence's Velocity does.
     */
    public static String linkFor(PluginDescriptor.WebItemModule item, Space space) {
        String encoded = URLEncoder.encode(space.getKey(), StandardCharsets.UTF_8);
        return item.link().replace("$generalUtil.urlEncode($space.key)", encoded).replace("$htmlUtil.urlEncode($space.key)", encoded)
                .replace("$space.key", encoded);
    }

    private boolean holds(List<PluginDescriptor.Condition> conditions, Context context) {
        return conditions.stream().allMatch(c -> rules.get(c.className()).holds(context, c.params()));
    }

    private void known(PluginDescriptor.Condition condition) {
        if (!rules.containsKey(condition.className())) {
            throw new IllegalStateException("The preview knows no web-item condition " + condition.className() + " (it knows " + rules.keySet() + ")");
        }
        Set<String> params = condition.className().equals(SPACE_PERMISSION) ? Set.of("permission") : Set.of();
        if (!condition.params().keySet().equals(params)
                || (condition.className().equals(SPACE_PERMISSION) && !PERMISSIONS.containsKey(condition.params().get("permission")))) {
            throw new IllegalStateException(condition.className() + " takes " + (params.isEmpty() ? "no parameter"
                    : "permission=" + PERMISSIONS.keySet()) + ", not " + condition.params());
        }
    }
}
