package io.outloud.common.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.Failure;
import io.outloud.common.OutloudException;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The app's own XSRF check on every state-changing call (POST, PUT, DELETE, PATCH), because the REST module refuses
 * only POSTs and merely logs a PUT or DELETE that breaks its rules. A change must:
 * <ul>
 * <li>carry a JSON body ({@code application/json}, any parameters) or {@code X-Atlassian-Token: no-check}: a
 *     cross-site form can send neither;</li>
 * <li>come from this site: its {@code Origin} (else its {@code Referer}) names the scheme, host and port the request
 *     came to. {@code Origin: null} (sandboxed frames, privacy redirects) counts as foreign. A request with neither
 *     header passes only when it is not from a browser (scripts with a token or basic auth), as the REST module decides
 *     by the user agent; browsers send Origin with every such request.</li>
 * </ul>
 * Otherwise 403 with the app's error body in the reader's language. It runs before matching, so a refused request
 * never learns whether the resource would have taken its content type (415) or exists (404).
 */
@Provider
@PreMatching
public class XsrfRequestFilter implements ContainerRequestFilter {
    static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> BROWSER_AGENTS = Set.of("mozilla", "opera", "chrome", "safari", "msie", "trident", "edge");

    private final I18nResolver i18n;

    public XsrfRequestFilter(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!MUTATING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        if (!(json(request.getMediaType()) || "no-check".equals(request.getHeaderString("X-Atlassian-Token")))
                || !fromThisSite(request)) {
            request.abortWith(OutloudExceptionMapper.response(new OutloudException(Failure.NOT_PERMITTED, "outloud.common.error.xsrf"), i18n));
        }
    }

    private static boolean json(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType()) && "json".equalsIgnoreCase(type.getSubtype());
    }

    private static boolean fromThisSite(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeaderString("Referer");
        }
        if (origin == null || origin.isBlank()) {
            return !fromBrowser(request.getHeaderString("User-Agent"));
        }
        return sameOrigin(request.getUriInfo().getBaseUri(), origin.trim());
    }

    private static boolean fromBrowser(String agent) {
        String lower = agent == null ? "" : agent.toLowerCase(Locale.ROOT);
        return BROWSER_AGENTS.stream().anyMatch(lower::contains);
    }

    private static boolean sameOrigin(URI base, String origin) {
        try {
            URI source = URI.create(origin);
            return source.getHost() != null
                    && base.getScheme().equalsIgnoreCase(String.valueOf(source.getScheme()))
                    && base.getHost().equalsIgnoreCase(source.getHost())
                    && port(base) == port(source);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
