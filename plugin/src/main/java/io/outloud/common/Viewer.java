package io.outloud.common;

import java.util.Optional;

/** Port: who is making the current request. Empty when anonymous. */
public interface Viewer {
    Optional<String> userKey();

    default String requireUserKey() {
        return userKey().orElseThrow(OutloudException::notAuthenticated);
    }
}
