package io.outloud.preview.web;

import io.outloud.preview.html.Html;
import io.outloud.preview.host.PreviewUser;
import io.outloud.preview.host.UserDirectory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Avatars generated locally: initials on a colour derived from the user key (/avatars/{username}.svg). */
public final class AvatarServlet extends HttpServlet {
    private static final String[] COLOURS = {"#0052CC", "#00875A", "#6554C0", "#DE350B", "#FF8B00", "#00A3BF", "#403294", "#006644"};

    private final UserDirectory users;

    public AvatarServlet(UserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String username = path.endsWith(".svg") ? path.substring(0, path.length() - 4) : path;
        Optional<PreviewUser> user = users.byUsername(username);
        String initials = user.map(u -> Arrays.stream(u.getFullName().split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .limit(2).map(w -> w.substring(0, 1)).collect(Collectors.joining())).orElse("?");
        String colour = user.map(u -> COLOURS[Math.floorMod(u.getKey().hashCode(), COLOURS.length)]).orElse("#6B778C");
        response.setContentType("image/svg+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "max-age=3600");
        response.getWriter().write("""
                <svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48" role="img" aria-label="%s">
                <circle cx="24" cy="24" r="24" fill="%s"/>
                <text x="24" y="30" font-family="sans-serif" font-size="18" font-weight="600" fill="#FFFFFF" text-anchor="middle">%s</text>
                </svg>""".formatted(Html.escape(user.map(PreviewUser::getFullName).orElse("Unknown")), colour,
                Html.escape(initials.toUpperCase(Locale.ROOT))));
    }
}
