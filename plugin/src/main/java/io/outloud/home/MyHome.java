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
 * A person's own My Out Loud page, as the use case reads it: the first few of each list (the page links to each list's
 * own page where one exists), their 3C path this month, whether suggestions are on, and at most one next step.
 */
public record MyHome(List<StreamItem> following, List<ShareRequestService.Listed> requests, Map<String, Person> askers,
                     List<CommunityService.AskItem> communityAsks, List<ThoughtService.OpenThought> thoughts, List<InAppNotice> responses,
                     List<HomeService.Helping> helping, List<CommunityDirectory.Mine> communities,
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
