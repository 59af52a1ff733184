package io.outloud.community;

import io.outloud.insight.CommunityLeads;

import java.util.Objects;
import java.util.Optional;

/** Who leads a community, for the insight (which may show a community's flow to its leads only). */
public class CommunityInsightLeads implements CommunityLeads {
    private final CommunityStore communities;
    private final CommunityMembers members;

    public CommunityInsightLeads(CommunityStore communities, CommunityMembers members) {
        this.communities = Objects.requireNonNull(communities, "communities");
        this.members = Objects.requireNonNull(members, "members");
    }

    @Override
    public boolean leads(String userKey, String communityKey) {
        return members.membership(communityKey, userKey).filter(Membership::isLead).isPresent();
    }

    @Override
    public Optional<String> name(String communityKey) {
        return communities.find(communityKey).map(Community::name);
    }
}
