package io.outloud.preview.host;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What Confluence keeps per request: the reader's language and the web resources the page requires.
 * Set by the request filter, cleared after the request.
 */
public final class RequestContext {
    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final Locale locale;
    private final Set<String> requiredResources = new LinkedHashSet<>();

    private RequestContext(Locale locale) {
        this.locale = locale;
    }

    public static RequestContext begin(Locale locale) {
        RequestContext context = new RequestContext(locale);
        CURRENT.set(context);
        return context;
    }

    public static void end() {
        CURRENT.remove();
    }

    /** The current request's context; outside a request (tests, jobs) an English one. */
    public static RequestContext current() {
        RequestContext context = CURRENT.get();
        return context != null ? context : new RequestContext(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public Set<String> requiredResources() {
        return requiredResources;
    }
}
