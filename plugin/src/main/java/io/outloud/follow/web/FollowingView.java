package io.outloud.follow.web;

import java.util.List;

/** What the page of one's own follows shows: the follows, newest first, and the address of the next page. */
public final class FollowingView {
    private final List<Item> items;
    private final String nextUrl;

    FollowingView(List<Item> items, String nextUrl) {
        this.items = List.copyOf(items);
        this.nextUrl = nextUrl;
    }

    public List<Item> getItems() {
        return items;
    }

    /** "" on the last page. */
    public String getNextUrl() {
        return nextUrl;
    }

    /**
     * One follow: its kind ("person", "community", "label") and its kind's word, the name shown and where it leads
     * ("" for none), and what its follow button sends and says.
     */
    public static final class Item {
        private final String kind;
        private final String kindText;
        private final String name;
        private final String url;
        private final String target;
        private final String buttonText;

        Item(String kind, String kindText, String name, String url, String target, String buttonText) {
            this.kind = kind;
            this.kindText = kindText;
            this.name = name;
            this.url = url;
            this.target = target;
            this.buttonText = buttonText;
        }

        public String getKind() {
            return kind;
        }

        public String getKindText() {
            return kindText;
        }

        public String getName() {
            return name;
        }

        public String getUrl() {
            return url;
        }

        public String getTarget() {
            return target;
        }

        public String getButtonText() {
            return buttonText;
        }
    }
}
