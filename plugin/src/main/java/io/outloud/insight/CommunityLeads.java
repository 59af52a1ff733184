package io.outloud.insight;

import java.util.Optional;

/** Port: who leads a community, and its name (implemented by the communities feature). */
public interface CommunityLeads {
    boolean leads(String userKey, String communityKey);

    /** The community's name, or empty when there is no such community. */
    Optional<String> name(String communityKey);
}
