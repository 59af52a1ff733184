package io.outloud.preview;

import io.outloud.community.Community;
import io.outloud.community.CommunityStore;
import io.outloud.community.Membership;
import io.outloud.community.ao.AoCommunityMembers;

import java.time.Instant;
import java.util.List;

/** What pairing's preview tests do to have a community with a lead and members (people by user key and department). */
public final class PairingCommunities {
    private PairingCommunities() {
    }

    /**
     * Makes the community through the plugin's community store and its lead a member. Before main's AoCommunityStore
     * is merged, the plugin's store is pairing's stand-in (a community is known by its lead), which makes nothing.
     */
    public static AoCommunityMembers create(PreviewServer server, String key, String leadKey, String leadDepartment) {
        try {
            server.hosts().plugin().bean(CommunityStore.class).create(new Community(key, "Community " + key, "", Community.Access.OPEN, List.of(),
                    0L, "", leadKey, Instant.now()));
        } catch (UnsupportedOperationException standIn) {
            // pairing's stand-in: the lead's membership below is what makes the community known
        }
        AoCommunityMembers members = new AoCommunityMembers(server.hosts().activeObjects());
        members.put(new Membership(key, leadKey, Membership.State.MEMBER, Membership.Role.LEAD, leadDepartment, Instant.now()));
        return members;
    }

    public static void addMember(AoCommunityMembers members, String key, String userKey, String department) {
        members.put(new Membership(key, userKey, Membership.State.MEMBER, Membership.Role.MEMBER, department, Instant.now()));
    }
}
