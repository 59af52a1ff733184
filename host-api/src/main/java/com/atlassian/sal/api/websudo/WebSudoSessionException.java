package com.atlassian.sal.api.websudo;

/** SAL: thrown when a request needs the secure administrator session and has none. */
public class WebSudoSessionException extends Exception {
    public WebSudoSessionException(String message) {
        super(message);
    }
}
