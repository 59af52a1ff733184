package io.outloud.follow;

import io.outloud.common.OutloudException;
import io.outloud.common.Page;
import io.outloud.common.PageRequest;
import io.outloud.common.Viewer;
import io.outloud.community.CommunityService;
import io.outloud.people.PersonDirectory;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Following people, communities and labels. Signed-in people only, and each only their own follows: nothing here
 * answers who follows someone. A target must exist for the follower: a person the host knows (by username, not
 * themselves), a community they may see (else "not found", so nobody learns what exists unseen), a label written as
 * block labels are. At most {@value #MAX_FOLLOWS} follows per person, so the stream's "following" set stays one small read.
 */
public class FollowService {
    public static final int MAX_FOLLOWS = 500;
    public static final int MAX_CHECKED = 50;
    /** As block labels and community keys are written (lower case after trimming). */
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    private final FollowStore store;
    private final Viewer viewer;
    private final PersonDirectory people;
    private final CommunityService communities;
    private final Clock clock;

    public FollowService(FollowStore store, Viewer viewer, PersonDirectory people, CommunityService communities, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.viewer = Objects.requireNonNull(viewer);
        this.people = Objects.requireNonNull(people);
        this.communities = Objects.requireNonNull(communities);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Follows the target (a username, a community key or a label); following it again changes nothing. */
    public void follow(String kindCode, String target) {
        String me = viewer.requireUserKey();
        FollowKind kind = FollowKind.fromCode(kindCode);
        String resolved = resolve(kind, target, me);
        if (store.count(me) >= MAX_FOLLOWS) {
            throw OutloudException.invalid("outloud.follow.error.too-many", MAX_FOLLOWS);
        }
        store.add(me, kind, resolved, clock.instant());
    }

    /** Stops following; a target not followed (or no longer there) is simply not followed afterwards. */
    public void unfollow(String kindCode, String target) {
        String me = viewer.requireUserKey();
        FollowKind kind = FollowKind.fromCode(kindCode);
        String key = switch (kind) {
            case PERSON -> people.userKeyOf(text(target)).orElse(null);
            case COMMUNITY, LABEL -> key(target);
        };
        if (key != null) {
            store.remove(me, kind, key);
        }
    }

    /** The viewer's own follows, newest first. */
    public Page<Follow> mine(PageRequest request) {
        String me = viewer.requireUserKey();
        return Page.of(store.mine(me, request.after(), request.fetch()), request, Follow::position);
    }

    /**
     * Which of these targets ("kind:target", at most {@value #MAX_CHECKED}) the viewer follows, so a page's buttons show
     * their state: one read of the viewer's follows. Targets that are not valid are simply not followed.
     */
    public Set<String> followedAmong(List<String> targets) {
        String me = viewer.requireUserKey();
        if (targets.size() > MAX_CHECKED) {
            throw OutloudException.invalid("outloud.follow.error.too-many-checked", MAX_CHECKED);
        }
        Set<String> mine = new HashSet<>();
        for (Follow follow : store.all(me)) {
            mine.add(follow.kind().code() + ":" + follow.target());
        }
        Set<String> followed = new LinkedHashSet<>();
        for (String asked : targets) {
            int colon = asked == null ? -1 : asked.indexOf(':');
            if (colon < 1) {
                continue;
            }
            String kind = asked.substring(0, colon);
            String target = asked.substring(colon + 1);
            String stored = kind.equals(FollowKind.PERSON.code()) ? people.userKeyOf(target.strip()).orElse(null) : target.strip().toLowerCase(Locale.ROOT);
            if (stored != null && mine.contains(kind + ":" + stored)) {
                followed.add(asked);
            }
        }
        return followed;
    }

    private String resolve(FollowKind kind, String target, String me) {
        return switch (kind) {
            case PERSON -> {
                String key = people.userKeyOf(text(target)).orElseThrow(OutloudException::notFound);
                if (key.equals(me)) {
                    throw OutloudException.invalid("outloud.follow.error.self");
                }
                yield key;
            }
            case COMMUNITY -> communities.visible(key(target)).orElseThrow(OutloudException::notFound).key();
            case LABEL -> key(target);
        };
    }

    private static String text(String value) {
        if (value == null || value.isBlank() || value.length() > 255) {
            throw OutloudException.invalid("outloud.follow.error.target");
        }
        return value.strip();
    }

    private static String key(String value) {
        String key = text(value).toLowerCase(Locale.ROOT);
        if (!KEY.matcher(key).matches()) {
            throw OutloudException.invalid("outloud.follow.error.target");
        }
        return key;
    }
}
