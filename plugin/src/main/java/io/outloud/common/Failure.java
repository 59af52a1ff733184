package io.outloud.common;

/** Why a use case refused: each maps to one HTTP status in the REST adapter. */
public enum Failure {
    INVALID_INPUT,
    NOT_AUTHENTICATED,
    NOT_PERMITTED,
    NOT_FOUND,
    CONFLICT,
    /** A request body over the limit: refused while it is read, or before when its declared length says so. */
    TOO_LARGE,
    /** The person did this as often as a rule allows for now (e.g. three asks a day): 429. */
    TOO_MANY
}
