package io.outloud.community;

import io.outloud.wol.StreamAsks;

import java.util.List;

/** The asks of the reader's communities, as the working-out-loud stream shows them. */
public final class CommunityStreamAsks implements StreamAsks {
    private final CommunityService communities;

    public CommunityStreamAsks(CommunityService communities) {
        this.communities = communities;
    }

    @Override
    public List<Ask> forReader(int limit) {
        return communities.asksForMe(limit).stream()
                .map(item -> new Ask(item.asker(), item.ask().text(), item.ask().at(), item.community().name(),
                        CommunityLinks.pathOf(item.community())))
                .toList();
    }
}
