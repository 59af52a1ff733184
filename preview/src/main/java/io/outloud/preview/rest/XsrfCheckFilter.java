package io.outloud.preview.rest;

import com.atlassian.annotations.security.XsrfProtectionExcluded;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The Atlassian REST module's XSRF rules as Confluence 9 enforces them:
 * <ul>
 * <li>a mutating request (POST, PUT, DELETE, PATCH) whose content type a browser form can send (none,
 *     application/x-www-form-urlencoded, multipart/form-data, text/plain) needs {@code X-Atlassian-Token: no-check};</li>
 * <li>a mutating request from a browser must come from the same origin (Origin, else Referer);</li>
 * <li>only POST is refused (403 "XSRF check failed"); PUT, DELETE and PATCH failures are logged, as the module does;</li>
 * <li>{@code @XsrfProtectionExcluded} on the method or class switches the check off.</li>
 * </ul>
 */
public final class XsrfCheckFilter implements ContainerRequestFilter {
    private static final Logger LOG = Logger.getLogger(XsrfCheckFilter.class.getName());
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> BROWSER_AGENTS = Set.of("mozilla", "opera", "chrome", "safari", "msie", "trident", "edge");

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (!MUTATING.contains(method) || excluded()) {
            return;
        }
        boolean tokenOk = "no-check".equals(request.getHeaderString("X-Atlassian-Token"));
        boolean formLike = formLikeContentType(request.getMediaType());
        boolean sameOrigin = !fromBrowser(request) || sameOrigin(request);
        if ((formLike && !tokenOk) || !sameOrigin) {
            if (method.equals("POST")) {
                request.abortWith(Response.status(403).type(MediaType.TEXT_PLAIN_TYPE).entity("XSRF check failed").build());
            } else {
                LOG.warning("XSRF failure not being enforced for " + method + " " + request.getUriInfo().getPath());
            }
        }
    }

    private boolean excluded() {
        return resourceInfo != null && (resourceInfo.getResourceMethod().isAnnotationPresent(XsrfProtectionExcluded.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(XsrfProtectionExcluded.class));
    }

    private static boolean formLikeContentType(MediaType type) {
        return type == null || FORM_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
    }

    private static boolean fromBrowser(ContainerRequestContext request) {
        String agent = request.getHeaderString("User-Agent");
        if (agent == null) {
            return false;
        }
        String lower = agent.toLowerCase(Locale.ROOT);
        return BROWSER_AGENTS.stream().anyMatch(lower::contains);
    }

    private static boolean sameOrigin(ContainerRequestContext request) {
        URI base = request.getUriInfo().getBaseUri();
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank() || origin.equals("null")) {
            origin = request.getHeaderString("Referer");
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            URI source = URI.create(origin.trim());
            return base.getScheme().equalsIgnoreCase(String.valueOf(source.getScheme()))
                    && base.getHost().equalsIgnoreCase(String.valueOf(source.getHost()))
                    && port(base) == port(source);
        } catch (IllegalArgumentException e) {
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
