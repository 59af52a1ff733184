package io.outloud.common.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.outloud.common.OutloudException;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** One error body for every refusal: {"status": 404, "message": "..."} with the message in the reader's language. */
@Provider
public class OutloudExceptionMapper implements ExceptionMapper<OutloudException> {
    private final I18nResolver i18n;

    public OutloudExceptionMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(OutloudException e) {
        return response(e, i18n);
    }

    /** The refusal as every REST answer of the app carries it; also for filters that refuse before a resource runs. */
    static Response response(OutloudException e, I18nResolver i18n) {
        int status = switch (e.failure()) {
            case INVALID_INPUT -> 400;
            case NOT_AUTHENTICATED -> 401;
            case NOT_PERMITTED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case TOO_MANY -> 429;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", i18n.getText(e.messageKey(), e.arguments()));
        return JsonResponses.status(status, body);
    }
}
