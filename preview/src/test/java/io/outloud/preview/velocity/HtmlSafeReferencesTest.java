package io.outloud.preview.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlSafeReferencesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
            "$bodyHtml~true",
            "$!bodyHtml~true",
            "${bodyHtml}~true",
            "$!{item.summaryHtml}~true",
            "$foo.getBodyHtml()~true",
            "$foo.renderBadge()~true",
            "$foo.render($x, 'a.b')~true",
            "$foo.renderBadge~false",
            "$body~false",
            "$foo.bodyHtml.length()~false",
            "$foo.format(\"x.yHtml\")~false",
            "$itemsHtml[0]~false",
            "$foo.getBodyHtml()[0]~false",
            "${title|'Html'}~false",
            "${bodyHtml|$other}~true",
            "$bodyHTML~false",
    })
    void recognisesConfluenceHtmlSafeNames(String reference, boolean safe) {
        assertEquals(safe, HtmlSafeReferences.isHtmlSafe(reference), reference);
    }
}
