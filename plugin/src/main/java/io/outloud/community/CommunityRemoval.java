package io.outloud.community;

/** What a feature that keeps data of its own per community does when a lead removes the community. */
public interface CommunityRemoval {
    void communityRemoved(String communityKey);
}
