package io.outloud.common.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.ext.Provider;

/**
 * Refuses a request whose Content-Length is over the body limit with 413 before any of its body is read; bodies
 * without one (chunked) are bounded by {@link RequestBodies} while they are read.
 */
@Provider
public class DeclaredLengthFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        // the header, not getLength(): that is an int and says -1 for lengths past 2 GB
        RequestBodies.checkDeclaredLength(request.getHeaderString("Content-Length"));
    }
}
