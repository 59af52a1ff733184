package io.outloud.preview.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;

import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Platform 7's endpoint access rules, secure by default: the annotation on the method, else on the class,
 * decides; none means licensed users only. Annotations are matched by simple name too, so the REST v2 variants
 * ({@code com.atlassian.plugins.rest.api.security.annotation.*}) behave the same. Unauthenticated callers get
 * 401, authenticated callers without the right get 403.
 */
final class AccessRuleFeature implements DynamicFeature {
    private final AccessPolicy policy;

    AccessRuleFeature(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        context.register(new RuleFilter(AccessRules.rule(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass()), policy),
                Priorities.AUTHENTICATION);
    }

    private record RuleFilter(String rule, AccessPolicy policy) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            if (!AccessRules.allowed(rule, user, policy)) {
                int status = user == null ? 401 : 403;
                String message = user == null ? "Client must be authenticated to access this resource." : "You do not have the permission to access this resource.";
                request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity("{\"status\":" + status + ",\"message\":\"" + message + "\"}").build());
            }
        }
    }
}
