package io.outloud.people;

import io.outloud.common.Viewer;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Each signed-in person reads and edits their own profile: what they are open to talk about. */
public class ProfileService {
    private final PersonProfiles profiles;
    private final Viewer viewer;
    private final Clock clock;

    public ProfileService(PersonProfiles profiles, Viewer viewer, Clock clock) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the current person is open to talk about ("" when they said nothing). Signed-in people only. */
    public String myOpenTo() {
        String userKey = viewer.requireUserKey();
        return profiles.openTo(List.of(userKey)).getOrDefault(userKey, "");
    }

    /** Saves what the current person is open to talk about, cleaned as {@link OpenTo#clean} says; returns what was kept. */
    public String updateMyOpenTo(String text) {
        String userKey = viewer.requireUserKey();
        String cleaned = OpenTo.clean(text);
        profiles.putOpenTo(userKey, cleaned, clock.instant());
        return cleaned;
    }
}
