package io.outloud.preview.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SanitizerTest {

    private final StorageFormatRenderer renderer = new StorageFormatRenderer();

    private String render(String storage) {
        return renderer.render(storage, RenderTarget.display(null, MacroResolver.none()));
    }

    @Test
    void allowedStructureAndAttributesSurvive() {
        // the XML DOM orders attributes by name
        String storage = "<h2>T</h2><table class=\"wrapped\"><colgroup><col span=\"2\"/></colgroup><tbody><tr><th class=\"x\" colspan=\"2\">a</th>"
                + "<td rowspan=\"3\" style=\"color:red\">b<br/>c</td></tr></tbody></table>"
                + "<p class=\"auto-cursor-target\"><a href=\"https://example.com/?a=1&amp;b=2\" title=\"t\">l</a> "
                + "<img src=\"/download/x.png\" alt=\"x\" width=\"200\" height=\"abc\"/> <time datetime=\"2024-01-31\"/></p>"
                + "<ol start=\"3\"><li><code>c</code></li></ol><hr/>";
        assertEquals("<h2>T</h2><table class=\"wrapped\"><colgroup><col span=\"2\"></colgroup><tbody><tr><th class=\"x\" colspan=\"2\">a</th>"
                + "<td rowspan=\"3\">b<br>c</td></tr></tbody></table>"
                + "<p class=\"auto-cursor-target\"><a href=\"https://example.com/?a=1&amp;b=2\" title=\"t\">l</a> "
                + "<img alt=\"x\" src=\"/download/x.png\" width=\"200\"> <time datetime=\"2024-01-31\"></time></p>"
                + "<ol start=\"3\"><li><code>c</code></li></ol><hr>", render(storage));
    }

    @Test
    void unknownElementsAreUnwrappedAndDangerousOnesDroppedWithContent() {
        assertEquals("<p>a b c d</p>", render("<p>a <font color=\"red\">b</font> <form action=\"x\"><input value=\"v\"/>c</form> d</p>"
                + "<script>alert(1)</script><style>p{}</style><iframe src=\"https://evil\">x</iframe><svg><text>s</text></svg>"));
    }

    @Test
    void foreignPrefixesAreUnwrappedButTheirScriptsStillDropped() {
        assertEquals("<p>keep</p>", render("<p><x:script>alert(1)</x:script><svg:svg><svg:script>alert(2)</svg:script></svg:svg><x:b>keep</x:b></p>"));
    }

    @Test
    void classValuesCannotBreakOutAndAreOnlyKeptWhereAllowed() {
        assertEquals("<p class=\"a b\">x</p><strong>y</strong>", render("<p class=\"a&quot;&gt; b\">x</p><strong class=\"c\">y</strong>"));
    }

    @Test
    void textIsEscapedAndCommentsAndCdataOutsideBodiesAreHarmless() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; 1 &lt; 2 &amp; &quot;q&quot;</p>".replace("&quot;", "\""),
                render("<p><![CDATA[<script>alert(1)</script>]]><!-- <script>x</script> --> 1 &lt; 2 &amp; \"q\"</p>"));
    }

    @Test
    void confluenceElementsRenderAsHarmlessStandIns() {
        String storage = "<p><ac:link><ri:page ri:content-title=\"Other &lt;page&gt;\"/></ac:link> "
                + "<ac:link><ri:page ri:content-title=\"P\"/><ac:plain-text-link-body><![CDATA[<b>label</b>]]></ac:plain-text-link-body></ac:link> "
                + "<ac:image ac:alt=\"pic\"><ri:attachment ri:filename=\"a.png\"/></ac:image> "
                + "<ac:image><ri:url ri:value=\"javascript:alert(1)\"/></ac:image> "
                + "<ac:emoticon ac:name=\"smile\"/></p>"
                + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>do it</ac:task-body></ac:task></ac:task-list>";
        assertEquals("<p><span class=\"confluence-link\">Other &lt;page&gt;</span> "
                + "<span class=\"confluence-link\">&lt;b&gt;label&lt;/b&gt;</span> "
                + "<span class=\"confluence-embedded-image\">pic</span> "
                + "<span class=\"confluence-embedded-image\">image</span> "
                + "<span class=\"emoticon\">:smile:</span></p>"
                + "<ul class=\"inline-task-list\"><li class=\"inline-task\">do it</li></ul>", render(storage));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.com/x | https://example.com/x",
            "HTTP://example.com | HTTP://example.com",
            "mailto:a@example.com | mailto:a@example.com",
            "/wiki/page?x=1#y | /wiki/page?x=1#y",
            "#anchor | #anchor",
            "page.html | page.html",
            "javascript:alert(1) | ",
            "JaVaScRiPt:alert(1) | ",
            "' javascript:alert(1)' | ",
            "java&#9;script:alert(1) | ",
            "java&#x0A;script:alert(1) | ",
            "&#106;avascript:alert(1) | ",
            "javascript&colon;alert(1) | ",
            "vbscript:msgbox(1) | ",
            "data:text/html;base64,PHNjcmlwdD4= | ",
            "&#0000106avascript:x | &amp;#0000106avascript:x",
            "\u00a0javascript:alert(1) | ",
            "ftp://example.com | "})
    void linkUrlsAreFilteredByScheme(String href, String expected) {
        String html = render("<a href=\"" + href + "\">x</a>");
        assertEquals(expected == null ? "<a>x</a>" : "<a href=\"" + expected + "\">x</a>", html);
    }

    @Test
    void imagesOnlyLoadFromHttpOrRelativeUrls() {
        assertEquals("<img><img src=\"https://x/y.png\">", render("<img src=\"data:image/png;base64,AAAA\"/><img src=\"https://x/y.png\"/>"));
    }
}
