package io.outloud.community.macro;

/** A recent block or half-finished thought of the community: what it is about, by whom, on which page. */
public final class WorkItem {
    final String title;
    final String url;
    final String byText;
    final String pageTitle;
    final String kindLabel;

    WorkItem(String title, String url, String byText, String pageTitle, String kindLabel) {
        this.title = title;
        this.url = url;
        this.byText = byText;
        this.pageTitle = pageTitle;
        this.kindLabel = kindLabel;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getByText() {
        return byText;
    }

    public String getPageTitle() {
        return pageTitle;
    }

    public String getKindLabel() {
        return kindLabel;
    }
}
