package io.outloud.community.pairing;

import io.outloud.community.Community;
import io.outloud.community.CommunityMembers;
import io.outloud.community.CommunityStore;
import io.outloud.community.Membership;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * STAND-IN until main's {@code AoCommunityStore} is merged (then wire {@code communityStore} into the pairing service
 * and delete this class): a community is known when it has a lead, named by its key, without a home page. Only
 * {@link #find} is used by pairing; everything else refuses.
 */
public class LeadsAsCommunities implements CommunityStore {
    private final CommunityMembers members;

    public LeadsAsCommunities(CommunityMembers members) {
        this.members = members;
    }

    @Override
    public Optional<Community> find(String key) {
        List<Membership> leads = members.leads(key);
        if (leads.isEmpty()) {
            return Optional.empty();
        }
        Membership first = leads.get(0);
        return Optional.of(new Community(key, key, "", Community.Access.OPEN, List.of(), 0L, "", first.userKey(), first.since()));
    }

    @Override
    public Community create(Community community) {
        throw new UnsupportedOperationException("stand-in: communities are made by main's community store");
    }

    @Override
    public List<Community> all() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public Community update(Community community) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void setHome(String key, long pageId, String macroId) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public List<Community> homedOn(long pageId) {
        return List.of();
    }

    @Override
    public void touch(String key, Instant at) {
    }

    @Override
    public Map<String, Instant> activity() {
        return Map.of();
    }

    @Override
    public void delete(String key) {
        throw new UnsupportedOperationException("stand-in");
    }
}
