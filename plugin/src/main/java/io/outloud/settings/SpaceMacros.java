package io.outloud.settings;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.content.MacroSwitch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which of the app's macros each space uses. A space's admins switch each macro on or off, or leave it to the site's
 * default, which site admins set (every macro on unless they say otherwise). Pages ask for every macro they render, so
 * both the choices (per space) and the defaults (with the site settings) come through cluster-wide caches.
 */
public class SpaceMacros implements MacroSwitch {
    static final String DEFAULT_PREFIX = "macros.default.";
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9_~-]{1,255}");

    private final SpaceMacroStore store;
    private final SettingsStore settings;
    private final SpaceAdmins spaceAdmins;
    private final SiteAdmins siteAdmins;
    private final io.outloud.common.Viewer viewer;

    public SpaceMacros(SpaceMacroStore store, SettingsStore settings, SpaceAdmins spaceAdmins, SiteAdmins siteAdmins,
                       io.outloud.common.Viewer viewer) {
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
        this.spaceAdmins = Objects.requireNonNull(spaceAdmins);
        this.siteAdmins = Objects.requireNonNull(siteAdmins);
        this.viewer = Objects.requireNonNull(viewer);
    }

    /** Whether the macro is on in the space; a macro that is not the app's, or a page without a space, is always on. */
    @Override
    public boolean isOn(String macroName, String spaceKey) {
        if (AppMacro.byName(macroName).isEmpty()) {
            return true;
        }
        Boolean chosen = spaceKey == null || spaceKey.isEmpty() ? null : store.choices(spaceKey).get(macroName);
        return chosen != null ? chosen : defaultOn(settings.siteSettings(), macroName);
    }

    public boolean isOn(AppMacro macro, String spaceKey) {
        return isOn(macro.macroName(), spaceKey);
    }

    /** The space's choices, for its admins only. */
    public List<MacroChoice> forSpaceAdmin(String spaceKey) {
        requireSpaceAdmin(spaceKey);
        Map<String, Boolean> chosen = store.choices(spaceKey);
        Map<String, String> site = settings.siteSettings();
        List<MacroChoice> result = new ArrayList<>();
        for (AppMacro macro : AppMacro.values()) {
            Boolean stored = chosen.get(macro.macroName());
            boolean siteOn = defaultOn(site, macro.macroName());
            result.add(new MacroChoice(macro, MacroChoice.Choice.of(stored), stored != null ? stored : siteOn, siteOn));
        }
        return result;
    }

    /**
     * A space admin's choices, by macro name: "on", "off" or "default". Every one is checked before any is saved; a
     * macro left out stays as it was.
     */
    public List<MacroChoice> choose(String spaceKey, Map<String, String> choices) {
        requireSpaceAdmin(spaceKey);
        Map<AppMacro, MacroChoice.Choice> valid = new EnumMap<>(AppMacro.class);
        for (Map.Entry<String, String> entry : choices.entrySet()) {
            AppMacro macro = AppMacro.byName(entry.getKey())
                    .orElseThrow(() -> OutloudException.invalid("outloud.space.error.macro", entry.getKey()));
            MacroChoice.Choice choice = MacroChoice.Choice.fromCode(entry.getValue() == null ? "" : entry.getValue())
                    .orElseThrow(() -> OutloudException.invalid("outloud.space.error.choice", entry.getKey()));
            valid.put(macro, choice);
        }
        valid.forEach((macro, choice) -> store.choose(spaceKey, macro.macroName(), choice.stored()));
        return forSpaceAdmin(spaceKey);
    }

    /** The site's defaults (macro name to on), for site admins only. */
    public Map<String, Boolean> siteDefaults() {
        requireSiteAdmin();
        Map<String, String> site = settings.siteSettings();
        Map<String, Boolean> defaults = new LinkedHashMap<>();
        for (AppMacro macro : AppMacro.values()) {
            defaults.put(macro.macroName(), defaultOn(site, macro.macroName()));
        }
        return defaults;
    }

    /** Changes the given defaults (a macro left out stays as it was); every name is checked before any is saved. */
    public Map<String, Boolean> updateSiteDefaults(Map<String, Boolean> defaults) {
        requireSiteAdmin();
        for (Map.Entry<String, Boolean> entry : defaults.entrySet()) {
            if (AppMacro.byName(entry.getKey()).isEmpty()) {
                throw OutloudException.invalid("outloud.space.error.macro", entry.getKey());
            }
            if (entry.getValue() == null) {
                throw OutloudException.invalid("outloud.space.error.default", entry.getKey());
            }
        }
        defaults.forEach((name, on) -> settings.putSiteSetting(DEFAULT_PREFIX + name, on ? "on" : "off"));
        return siteDefaults();
    }

    /** Refuses everyone but the space's admins: 401 to anonymous people, 403 to the others, 404 for a key that cannot be one. */
    public void requireSpaceAdmin(String spaceKey) {
        viewer.requireUserKey();
        if (spaceKey == null || !SPACE_KEY.matcher(spaceKey).matches()) {
            throw OutloudException.notFound();
        }
        if (!spaceAdmins.isSpaceAdmin(spaceKey)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.space.error.not-admin");
        }
    }

    private void requireSiteAdmin() {
        String me = viewer.requireUserKey();
        if (!siteAdmins.isSiteAdmin(me)) {
            throw new OutloudException(Failure.NOT_PERMITTED, "outloud.settings.error.admin-only");
        }
    }

    private static boolean defaultOn(Map<String, String> site, String macroName) {
        return !"off".equals(site.get(DEFAULT_PREFIX + macroName));
    }
}
