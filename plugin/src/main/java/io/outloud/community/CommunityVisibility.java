package io.outloud.community;

/** Port: whether the current reader may see a community (its page's view permission, or membership once it lost it). */
@FunctionalInterface
public interface CommunityVisibility {
    boolean mayView(Community community);
}
