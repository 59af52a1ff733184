package io.outloud.preview.rest;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the REST module answers for failures the plugin does not map itself: the status with a short JSON
 * body, and for anything unexpected a 500 without a stack trace (it goes to the log).
 */
final class DefaultErrorBodies implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(DefaultErrorBodies.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity("{\"status\":" + status + ",\"message\":\"" + Response.Status.fromStatusCode(status) + "\"}").build();
        }
        LOG.log(Level.SEVERE, "Unexpected error in a REST resource", error);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"status\":500,\"message\":\"Internal server error\"}").build();
    }
}
