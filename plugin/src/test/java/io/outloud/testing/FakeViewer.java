package io.outloud.testing;

import io.outloud.common.Viewer;

import java.util.Optional;

/** The current person, settable per test; null means anonymous. */
public final class FakeViewer implements Viewer {
    private String userKey;

    public static FakeViewer anonymous() {
        return new FakeViewer();
    }

    public static FakeViewer signedIn(String userKey) {
        FakeViewer viewer = new FakeViewer();
        viewer.userKey = userKey;
        return viewer;
    }

    public void become(String userKey) {
        this.userKey = userKey;
    }

    @Override
    public Optional<String> userKey() {
        return Optional.ofNullable(userKey);
    }
}
