package io.outloud.preview.rest;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Configuration;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The REST module's {@code @WebSudoRequired}: a resource (class or method) so marked answers 401 until the caller's
 * session is a secure administrator session, as SAL's WebSudoManager says.
 */
final class WebSudoFeature implements DynamicFeature {
    /** Where the resource config keeps the host's WebSudoManager for the filter Jersey creates. */
    static final String PROPERTY = "outloud.preview.webSudoManager";

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceMethod().isAnnotationPresent(WebSudoRequired.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(WebSudoRequired.class)) {
            context.register(Check.class, Priorities.AUTHORIZATION); // after the access rules: strangers get their 401/403 first
        }
    }

    /** Created by Jersey, so that it is given the request and the configuration. */
    public static final class Check implements ContainerRequestFilter {
        @Context
        private HttpServletRequest request;
        @Context
        private Configuration configuration;

        @Override
        public void filter(ContainerRequestContext context) {
            WebSudoManager webSudo = (WebSudoManager) configuration.getProperty(PROPERTY);
            if (!webSudo.canExecuteRequest(request)) {
                context.abortWith(Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity("{\"status\":401,\"message\":\"This resource requires a secure administrator session (WebSudo).\"}").build());
            }
        }
    }
}
