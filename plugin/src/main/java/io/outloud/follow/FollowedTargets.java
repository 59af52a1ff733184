package io.outloud.follow;

import io.outloud.common.Viewer;
import io.outloud.wol.Followed;
import io.outloud.wol.FollowedByViewer;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** The stream's view of what the reader follows: one read of their follows, sorted by kind. */
public class FollowedTargets implements FollowedByViewer {
    private final FollowStore store;
    private final Viewer viewer;

    public FollowedTargets(FollowStore store, Viewer viewer) {
        this.store = Objects.requireNonNull(store);
        this.viewer = Objects.requireNonNull(viewer);
    }

    @Override
    public Followed followed() {
        String me = viewer.userKey().orElse(null);
        if (me == null) {
            return Followed.NOTHING;
        }
        Set<String> people = new HashSet<>();
        Set<String> communities = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Follow follow : store.all(me)) {
            switch (follow.kind()) {
                case PERSON -> people.add(follow.target());
                case COMMUNITY -> communities.add(follow.target());
                case LABEL -> labels.add(follow.target());
            }
        }
        return new Followed(people, communities, labels);
    }
}
