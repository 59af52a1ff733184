package io.outloud.community;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Community membership in memory: joining twice is one membership; counts the lookups. */
public final class InMemoryCommunityMembers implements CommunityMembers {
    /** "community/user" to when they joined. */
    private final Map<String, Instant> members = new HashMap<>();
    private int lookups;

    private static String key(String communityKey, String userKey) {
        return communityKey + "/" + userKey;
    }

    @Override
    public synchronized boolean isMember(String communityKey, String userKey) {
        lookups++;
        return members.containsKey(key(communityKey, userKey));
    }

    @Override
    public synchronized Set<String> communitiesOf(String userKey) {
        lookups++;
        Set<String> keys = new TreeSet<>();
        members.keySet().forEach(key -> {
            int slash = key.indexOf('/');
            if (key.substring(slash + 1).equals(userKey)) {
                keys.add(key.substring(0, slash));
            }
        });
        return keys;
    }

    @Override
    public synchronized void join(String communityKey, String userKey, Instant at) {
        members.putIfAbsent(key(communityKey, userKey), at);
    }

    @Override
    public synchronized void leave(String communityKey, String userKey) {
        members.remove(key(communityKey, userKey));
    }

    public synchronized int lookups() {
        return lookups;
    }

    public synchronized int size() {
        return members.size();
    }
}
