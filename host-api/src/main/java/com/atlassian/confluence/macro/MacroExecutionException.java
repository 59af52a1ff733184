package com.atlassian.confluence.macro;

/** Confluence: a macro could not render; Confluence shows the message in an error box in its place. */
public class MacroExecutionException extends Exception {

    public MacroExecutionException() {
        super();
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
