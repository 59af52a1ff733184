package io.outloud.community.macro;

import java.util.List;

/** What the community macro and the community page show: filled by {@link CommunityViews}, read by the template. */
public final class CommunityView {
    String key = "";
    String anchor = "";
    String name = "";
    String curiosity = "";
    String accessLabel = "";
    boolean closed = false;
    List<String> labels = List.of();
    List<String> errors = List.of();
    String notice = "";
    List<MemberItem> leads = List.of();
    String leadsText = "";
    String membersText = "";
    String chartLabel = "";
    List<ShareItem> shares = List.of();
    String withoutDepartmentText = "";
    String missingText = "";
    List<String> missingDepartments = List.of();
    boolean signedIn = false;
    boolean interactive = false;
    String state = "none";
    boolean lead = false;
    boolean removable = false;
    String stateText = "";
    List<MemberGroup> memberGroups = List.of();
    int nextOffset = -1;
    List<WorkItem> recentWork = List.of();
    List<AskLine> asks = List.of();
    List<MemberItem> requests = List.of();
    List<MemberItem> invited = List.of();
    String pageUrl = "";
    io.outloud.community.pairing.macro.PairingView pairing = null;

    /** The community's key ("" when there is none to show). */
    public String getKey() {
        return key;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getName() {
        return name;
    }

    public String getCuriosity() {
        return curiosity;
    }

    public String getAccessLabel() {
        return accessLabel;
    }

    public boolean isClosed() {
        return closed;
    }

    public List<String> getLabels() {
        return labels;
    }

    /** Problems with the macro's parameters, each named. */
    public List<String> getErrors() {
        return errors;
    }

    /** Why no community shows (not made yet, not found). */
    public String getNotice() {
        return notice;
    }

    public List<MemberItem> getLeads() {
        return leads;
    }

    public String getLeadsText() {
        return leadsText;
    }

    /** "12 members from 4 departments". */
    public String getMembersText() {
        return membersText;
    }

    /** The chart's words for assistive technology. */
    public String getChartLabel() {
        return chartLabel;
    }

    public List<ShareItem> getShares() {
        return shares;
    }

    /** Whether any department is large enough to draw a bar for (the others are named, not drawn). */
    public boolean isChartDrawn() {
        return shares.stream().anyMatch(share -> share.members > 0);
    }

    public String getWithoutDepartmentText() {
        return withoutDepartmentText;
    }

    /** "Not here yet: Legal, Sales" (empty when none or unknown). */
    public String getMissingText() {
        return missingText;
    }

    public List<String> getMissingDepartments() {
        return missingDepartments;
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    /** Whether the reader can act (a page view, not an export). */
    public boolean isInteractive() {
        return interactive;
    }

    /** none, member, requested or invited. */
    public String getState() {
        return state;
    }

    public boolean isLead() {
        return lead;
    }

    /** Whether a lead may remove it now: not while its macro is on a page (the page's next save would make it again). */
    public boolean isRemovable() {
        return removable;
    }

    public String getStateText() {
        return stateText;
    }

    public List<MemberGroup> getMemberGroups() {
        return memberGroups;
    }

    /** Where the next page of members starts; -1 when all are shown. */
    public int getNextOffset() {
        return nextOffset;
    }

    public List<WorkItem> getRecentWork() {
        return recentWork;
    }

    public List<AskLine> getAsks() {
        return asks;
    }

    public List<MemberItem> getRequests() {
        return requests;
    }

    public List<MemberItem> getInvited() {
        return invited;
    }

    /** The community's own address (its page, or the app's community page). */
    public String getPageUrl() {
        return pageUrl;
    }

    /** The pairing panel's view, when pairing shows. */
    public io.outloud.community.pairing.macro.PairingView getPairing() {
        return pairing;
    }
}
