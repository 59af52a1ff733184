package io.outloud.thought;

import io.outloud.common.Viewer;

import java.util.Optional;

/** The current person, settable per test; null means anonymous. */
final class FakeViewer implements Viewer {
    private String userKey;

    static FakeViewer signedIn(String userKey) {
        FakeViewer viewer = new FakeViewer();
        viewer.userKey = userKey;
        return viewer;
    }

    void become(String userKey) {
        this.userKey = userKey;
    }

    @Override
    public Optional<String> userKey() {
        return Optional.ofNullable(userKey);
    }
}
