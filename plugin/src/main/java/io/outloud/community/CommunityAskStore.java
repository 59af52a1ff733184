package io.outloud.community;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Persistence port for communities' asks. */
public interface CommunityAskStore {

    CommunityAsk add(String communityKey, String askerKey, String text, Instant at);

    /** The newest asks of these communities since {@code since}, newest first, at most {@code limit}; one query. */
    List<CommunityAsk> recent(Collection<String> communityKeys, Instant since, int limit);

    int deleteCommunity(String communityKey);
}
