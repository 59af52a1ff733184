package io.outloud.preview;

/** A start that cannot succeed, with a message that says why and what to do; PreviewMain prints it and exits. */
public final class PreviewStartException extends Exception {
    public PreviewStartException(String message) {
        super(message);
    }

    public PreviewStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
