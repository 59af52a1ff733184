package io.outloud.community;

import java.time.Instant;

/** Port: who belongs to which community (a community is named by its key, as the macros' community parameter names it). */
public interface CommunityMembers {

    boolean isMember(String communityKey, String userKey);

    /** The keys of every community a person belongs to, in one query (a page render asks once, whatever it shows). */
    java.util.Set<String> communitiesOf(String userKey);

    /** Adds the person; joining twice is one membership. */
    void join(String communityKey, String userKey, Instant at);

    void leave(String communityKey, String userKey);
}
