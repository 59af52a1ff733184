package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * SAL: the secure administrator session ("WebSudo"): admin pages ask an admin to confirm who they are before they
 * open, for a while. Confluence's implementation redirects to its authenticate.action.
 */
public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    /** Sends the person to confirm who they are, returning to this request afterwards. */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    /** Marks the request as one that needs the secure session; throws when there is none. */
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
