package io.outloud.community;

/** A community with this key or name exists already. */
public class DuplicateCommunityException extends RuntimeException {
    public DuplicateCommunityException(String name) {
        super(name);
    }
}
