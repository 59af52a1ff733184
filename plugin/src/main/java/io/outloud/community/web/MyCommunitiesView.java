package io.outloud.community.web;

import java.util.List;

/** The reader's communities as their page shows them: a page of them by name, and the address of the next page. */
public final class MyCommunitiesView {
    private final List<Item> items;
    private final String nextUrl;

    MyCommunitiesView(List<Item> items, String nextUrl) {
        this.items = List.copyOf(items);
        this.nextUrl = nextUrl;
    }

    public List<Item> getItems() {
        return items;
    }

    /** Where the next page starts, or "" on the last one. */
    public String getNextUrl() {
        return nextUrl;
    }

    /** One community: its name, where it is read, its curiosity, the reader's place in it and its size. */
    public record Item(String name, String url, String curiosity, String placeText, String sizeText) {
        public String getName() {
            return name;
        }

        public String getUrl() {
            return url;
        }

        public String getCuriosity() {
            return curiosity;
        }

        public String getPlaceText() {
            return placeText;
        }

        public String getSizeText() {
            return sizeText;
        }
    }
}
