package io.outloud.home;

import io.outloud.community.CommunityDirectory;
import io.outloud.community.CommunityService;
import io.outloud.notify.InAppNotice;
import io.outloud.people.Person;
import io.outloud.thought.ThoughtService;
import io.outloud.wol.ShareRequestService;
import io.outloud.wol.StreamItem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's own My Out Loud page, as the use case reads it: the first few of each list (each list has a page of its own,
 * or a "more" flag), their 3C path this month, and at most one next step.
 */
public record MyHome(List<StreamItem> following, boolean moreFollowing,
                     List<ShareRequestService.Listed> requests, Map<String, Person> askers, boolean moreRequests,
                     List<CommunityService.AskItem> communityAsks,
                     List<ThoughtService.OpenThought> thoughts, boolean moreThoughts,
                     List<InAppNotice> responses, boolean moreResponses,
                     List<HomeService.Helping> helping, boolean moreHelping,
                     List<CommunityDirectory.Mine> communities, boolean moreCommunities,
                     ThreeCPath path, Optional<Suggestion> nextStep, boolean suggestions) {
    public MyHome {
        following = List.copyOf(following);
        requests = List.copyOf(requests);
        askers = Map.copyOf(askers);
        communityAsks = List.copyOf(communityAsks);
        thoughts = List.copyOf(thoughts);
        responses = List.copyOf(responses);
        helping = List.copyOf(helping);
        communities = List.copyOf(communities);
    }
}
