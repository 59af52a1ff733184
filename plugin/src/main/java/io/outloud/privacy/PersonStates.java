package io.outloud.privacy;

/** Port: what the user directory says of a person key now. */
public interface PersonStates {
    enum State { ACTIVE, DEACTIVATED, REMOVED }

    State of(String userKey);
}
