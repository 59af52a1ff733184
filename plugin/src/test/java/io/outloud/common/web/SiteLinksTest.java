package io.outloud.common.web;

import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteLinksTest {

    @Test
    void aSitePath_goesBehindTheContextPath_whereConfluenceIsNotAtTheRoot() {
        SiteLinks links = new SiteLinks(mode -> mode == UrlMode.RELATIVE ? "/confluence" : "https://wiki.example.test/confluence");

        assertEquals("/confluence/pages/viewpage.action?pageId=1#outloud-block-m", links.href("/pages/viewpage.action?pageId=1#outloud-block-m"));
    }

    @Test
    void atTheRoot_thePathStaysAsItIs() {
        assertEquals("/pages/viewpage.action?pageId=1", new SiteLinks(mode -> "").href("/pages/viewpage.action?pageId=1"));
        assertEquals("/pages/viewpage.action?pageId=1", new SiteLinks(mode -> "/").href("/pages/viewpage.action?pageId=1"));
        assertEquals("/wiki/x", new SiteLinks(mode -> "/wiki/").href("/x"));
    }
}
