package io.outloud.wol.macro;

import java.util.List;

/**
 * What the stream template shows: the first page of items and, for the "more" button, the filters and the cursor
 * of the next page. Public getters only: they are on the Velocity allowlist.
 */
public final class StreamView {
    /** The asks of the reader's communities, shown above the blocks (empty for anonymous readers). */
    List<StreamAskLine> asks = List.of();

    public List<StreamAskLine> getAsks() {
        return asks;
    }

    private final List<StreamItemView> items;
    private final String next;
    private final String space;
    private final String label;
    private final String community;
    private final String department;
    private final String person;
    private final String status;
    private final int limit;
    private final String filter;
    /** Whether the reader may switch between everything and what they follow (signed in, no person, label or community). */
    boolean followingSwitch;

    StreamView(List<StreamItemView> items, String next, String space, String label, String community, String department,
               String person, String status, int limit, String filter) {
        this.filter = filter;
        this.items = List.copyOf(items);
        this.next = next;
        this.space = space;
        this.label = label;
        this.community = community;
        this.department = department;
        this.person = person;
        this.status = status;
        this.limit = limit;
    }

    public List<StreamItemView> getItems() {
        return items;
    }

    /** The cursor of the next page; empty when there is no more. */
    public String getNext() {
        return next;
    }

    public String getSpace() {
        return space;
    }

    public String getLabel() {
        return label;
    }

    public String getCommunity() {
        return community;
    }

    public String getDepartment() {
        return department;
    }

    public String getPerson() {
        return person;
    }

    public String getStatus() {
        return status;
    }

    public int getLimit() {
        return limit;
    }

    /** "following", or empty for everything. */
    public String getFilter() {
        return filter;
    }

    public boolean isFollowingSwitch() {
        return followingSwitch;
    }
}
