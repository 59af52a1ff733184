package io.outloud.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.outloud.community.CommunityMembers;
import net.java.ao.DBParam;

import java.time.Instant;
import java.util.Objects;

/** {@link CommunityMembers} on Active Objects. */
public class AoCommunityMembers implements CommunityMembers {
    private final ActiveObjects ao;

    public AoCommunityMembers(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    private static String memberKey(String communityKey, String userKey) {
        return communityKey + "/" + userKey;
    }

    @Override
    public boolean isMember(String communityKey, String userKey) {
        return ao.count(AoCommunityMember.class, AoCommunityMember.MEMBER_KEY + " = ?", memberKey(communityKey, userKey)) > 0;
    }

    @Override
    public java.util.Set<String> communitiesOf(String userKey) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (AoCommunityMember row : ao.find(AoCommunityMember.class, net.java.ao.Query.select("ID, " + AoCommunityMember.COMMUNITY_KEY)
                .where(AoCommunityMember.USER_KEY + " = ?", userKey))) {
            keys.add(row.getCommunityKey());
        }
        return keys;
    }

    @Override
    public void join(String communityKey, String userKey, Instant at) {
        if (isMember(communityKey, userKey)) {
            return;
        }
        try {
            ao.executeInTransaction(() -> ao.create(AoCommunityMember.class,
                    new DBParam(AoCommunityMember.MEMBER_KEY, memberKey(communityKey, userKey)),
                    new DBParam(AoCommunityMember.COMMUNITY_KEY, communityKey),
                    new DBParam(AoCommunityMember.USER_KEY, userKey),
                    new DBParam(AoCommunityMember.JOINED_AT, at.toEpochMilli())));
        } catch (RuntimeException e) {
            if (!isMember(communityKey, userKey)) {
                throw e; // not a racing second join
            }
        }
    }

    @Override
    public void leave(String communityKey, String userKey) {
        ao.deleteWithSQL(AoCommunityMember.class, AoCommunityMember.MEMBER_KEY + " = ?", memberKey(communityKey, userKey));
    }
}
