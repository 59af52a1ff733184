package io.outloud.preview.rest;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Set;

/**
 * Platform 7's endpoint access rules, secure by default: the annotation on the method, else on the class,
 * decides; none means licensed users only. Annotations are matched by simple name too, so the REST v2 variants
 * ({@code com.atlassian.plugins.rest.api.security.annotation.*}) behave the same. Unauthenticated callers get
 * 401, authenticated callers without the right get 403.
 */
final class AccessRuleFeature implements DynamicFeature {
    private static final Set<String> ADMIN_ONLY = Set.of("AdminOnly", "SystemAdminOnly");

    private final AccessPolicy policy;

    AccessRuleFeature(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        String rule = rule(resourceInfo.getResourceMethod());
        if (rule == null) {
            rule = rule(resourceInfo.getResourceClass());
        }
        context.register(new RuleFilter(rule == null ? LicensedOnly.class.getSimpleName() : rule, policy));
    }

    private static String rule(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            String name = annotation.annotationType().getSimpleName();
            if (name.equals(UnrestrictedAccess.class.getSimpleName()) || name.equals(AnonymousSiteAccess.class.getSimpleName())
                    || name.equals(LicensedOnly.class.getSimpleName()) || name.equals("UnlicensedSiteAccess") || ADMIN_ONLY.contains(name)) {
                return name;
            }
        }
        return null;
    }

    private record RuleFilter(String rule, AccessPolicy policy) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            boolean allowed = switch (rule) {
                case "UnrestrictedAccess" -> true;
                case "AnonymousSiteAccess" -> user != null || policy.anonymousAccessEnabled();
                case "UnlicensedSiteAccess" -> user != null;
                case "AdminOnly", "SystemAdminOnly" -> user != null && policy.isSiteAdmin(user);
                default -> user != null && policy.isLicensed(user);
            };
            if (!allowed) {
                int status = user == null ? 401 : 403;
                String message = user == null ? "Client must be authenticated to access this resource." : "You do not have the permission to access this resource.";
                request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity("{\"status\":" + status + ",\"message\":\"" + message + "\"}").build());
            }
        }
    }
}
