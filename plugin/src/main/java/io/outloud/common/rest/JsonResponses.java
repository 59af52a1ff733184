package io.outloud.common.rest;

import io.outloud.common.json.Json;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Responses with a JSON body written by the app's own codec. */
public final class JsonResponses {
    public static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private JsonResponses() {
    }

    public static Response ok(Object body) {
        return Response.ok(Json.write(body), JSON).build();
    }

    public static Response status(int status, Object body) {
        return Response.status(status).type(JSON).entity(Json.write(body)).build();
    }
}
