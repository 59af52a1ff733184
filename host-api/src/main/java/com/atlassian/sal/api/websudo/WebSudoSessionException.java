package com.atlassian.sal.api.websudo;

/**
 * SAL: thrown when a request needs the secure administrator session and has none. Unchecked in SAL (it extends
 * {@link RuntimeException}, see SOURCES.md), so callers catch it where they want to answer with the web sudo page.
 */
public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
