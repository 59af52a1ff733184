package io.outloud.preview.content;

/** Storage format that is not well-formed XML; Confluence refuses to render or save it. */
public class MalformedStorageException extends RuntimeException {

    public MalformedStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
