package io.outloud.preview.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class WikiMarkupTest {

    @Test
    void aMacroWithParametersAndABody_becomesAStructuredMacro() {
        assertEquals("<ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"status\">done</ac:parameter><ac:parameter ac:name=\"answers\">12</ac:parameter>"
                        + "<ac:rich-text-body><p>What I learned</p><p>Second line</p></ac:rich-text-body></ac:structured-macro>",
                WikiMarkup.toStorage("{working-out-loud:status=done|answers=12}What I learned\nSecond line{working-out-loud}"));
    }

    @Test
    void anEmptyBody_aMacroWithoutBody_andTextAround() {
        assertEquals("<p>Before</p><ac:structured-macro ac:name=\"working-out-loud\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"answers\">3</ac:parameter><ac:rich-text-body><p></p></ac:rich-text-body></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"working-out-loud-requests\" ac:schema-version=\"1\"></ac:structured-macro><p>After</p>",
                WikiMarkup.toStorage("Before\n{working-out-loud:answers=3}{working-out-loud}{working-out-loud-requests}\nAfter"));
    }

    @Test
    void hostileValuesAndText_areEscaped_andBadParameterNamesDropped() {
        String storage = WikiMarkup.toStorage("<script>x</script>{working-out-loud:working-on=\"><b>x</b>|on\"click=1|=2}<img>{working-out-loud}");

        assertFalse(storage.contains("<script>") || storage.contains("<b>") || storage.contains("<img>"), storage);
        assertFalse(storage.contains("click"), storage);
        assertEquals("", WikiMarkup.toStorage("  \n "));
    }
}
