package io.outloud.common;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A refusal of a use case, carrying an i18n key (and its arguments) for the message the person reads.
 * The REST adapter maps it to a status and a translated message in one place.
 */
public class OutloudException extends RuntimeException {
    private final Failure failure;
    private final String messageKey;
    private final Serializable[] arguments;

    public OutloudException(Failure failure, String messageKey, Serializable... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.failure = Objects.requireNonNull(failure, "failure");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments.clone();
    }

    public Failure failure() {
        return failure;
    }

    public String messageKey() {
        return messageKey;
    }

    public Serializable[] arguments() {
        return arguments.clone();
    }

    public static OutloudException notFound() {
        return new OutloudException(Failure.NOT_FOUND, "outloud.common.error.not-found");
    }

    public static OutloudException notAuthenticated() {
        return new OutloudException(Failure.NOT_AUTHENTICATED, "outloud.common.error.not-authenticated");
    }

    public static OutloudException invalid(String messageKey, Serializable... arguments) {
        return new OutloudException(Failure.INVALID_INPUT, messageKey, arguments);
    }
}
