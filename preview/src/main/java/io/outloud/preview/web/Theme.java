package io.outloud.preview.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * The reader's colour theme, as Confluence 9.x/10.x offer it in the user's settings (light, dark, match the system).
 * Kept in a cookie rather than the session, so that acting as another person keeps it. Confluence marks its
 * {@code <html>} element as AUI's design-token API does: {@code data-theme} names the theme for each colour mode,
 * {@code data-color-mode} the mode in use; AUI's token theme CSS keys every {@code --ds-*} value on those two.
 */
public enum Theme {
    LIGHT("light", "Light"),
    DARK("dark", "Dark"),
    AUTO("auto", "Match system");

    static final String COOKIE = "outloud.theme";
    /** AUI's themes in the order Confluence loads them: the token values of both modes, then old token names. */
    static final java.util.List<String> CSS = java.util.List.of(
            "/npm/@atlassian/aui/dist/aui/aui-prototyping-design-tokens-base-themes-css.css",
            "/npm/@atlassian/aui/dist/aui/aui-prototyping-design-tokens-compatibility.css");
    /**
     * For "match system": picks the mode before the first paint and follows the system while the page is open, as
     * the script of AUI's {@code getSSRAutoScript("auto")} and its theme observer do.
     */
    private static final String AUTO_SCRIPT = "<script>(function () { try { var q = window.matchMedia('(prefers-color-scheme: dark)');"
            + " var set = function () { document.documentElement.setAttribute('data-color-mode', q.matches ? 'dark' : 'light'); };"
            + " set(); q.addEventListener('change', set); } catch (e) {} })();</script>\n";

    private final String value;
    private final String label;

    Theme(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    static Optional<Theme> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
    }

    /** The reader's theme; light when they chose none (Confluence's default theme for a new user). */
    static Theme of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return LIGHT;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> parse(c.getValue())).orElse(LIGHT);
    }

    void remember(HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(60 * 60 * 24 * 365);
        response.addCookie(cookie);
    }

    /** The attributes of {@code <html>}; "match system" leaves the mode to {@link #headScript()}. */
    String htmlAttributes() {
        String themes = " data-theme=\"dark:dark light:light\"";
        return this == AUTO ? themes + " data-color-mode-auto" : themes + " data-color-mode=\"" + value + "\"";
    }

    String headScript() {
        return this == AUTO ? AUTO_SCRIPT : "";
    }
}
