package io.outloud.preview.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;

/** Confluence's PageManager over the preview's page table. */
public final class PreviewPageManager implements PageManager {
    private final PageRepository pages;

    public PreviewPageManager(PageRepository pages) {
        this.pages = pages;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return pages.asConfluencePage(id).orElse(null);
    }
}
