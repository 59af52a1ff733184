package io.outloud.community;

import io.outloud.common.Viewer;
import io.outloud.content.PageAccess;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Who may see a community. One on a page is seen by whoever may view the page. One made through the form (it never
 * had a page) is seen by anyone signed in; one whose page went away by its members and those a lead invited only,
 * since its page may have been restricted. Shared by the community's use cases and pairing's.
 */
public final class CommunityAccess implements CommunityVisibility {
    private final PageAccess pages;
    private final Viewer viewer;
    private final CommunityMembers members;

    public CommunityAccess(PageAccess pages, Viewer viewer, CommunityMembers members) {
        this.pages = Objects.requireNonNull(pages);
        this.viewer = Objects.requireNonNull(viewer);
        this.members = Objects.requireNonNull(members);
    }

    @Override
    public boolean mayView(Community community) {
        return mayView(community, () -> viewer.userKey().flatMap(me -> members.membership(community.key(), me))
                .filter(CommunityAccess::belongs).isPresent());
    }

    /** The same, with the viewer's memberships already at hand (a listing of many communities loads them once). */
    boolean mayView(Community community, Map<String, Membership> viewersMemberships) {
        return mayView(community, () -> Optional.ofNullable(viewersMemberships.get(community.key())).filter(CommunityAccess::belongs).isPresent());
    }

    private boolean mayView(Community community, BooleanSupplier viewerBelongs) {
        if (community.hasHome()) {
            return pages.viewablePage(community.homePageId()).isPresent();
        }
        if (viewer.userKey().isEmpty()) {
            return false;
        }
        return community.homeMacroId().isEmpty() || viewerBelongs.getAsBoolean();
    }

    /** Whether a membership lets its person see a community that lost its page: a member, or someone a lead invited. */
    private static boolean belongs(Membership membership) {
        return membership.isMember() || membership.state() == Membership.State.INVITED;
    }
}
