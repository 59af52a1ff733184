package io.outloud.preview.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MethodAllowlistTest {
    private static final String DESCRIPTOR = """
            <atlassian-plugin key="io.outloud" name="Out Loud">
              <velocity-allowlist key="views">
                <method>io.outloud.preview.velocity.Widget#getTitle()</method>
                <method> io.outloud.preview.velocity.Widget#format( java.lang.String ) </method>
              </velocity-allowlist>
              <web-item key="unrelated"><method>not.an.Entry</method></web-item>
              <velocity-allowlist key="more">
                <method>java.lang.CharSequence#chars()</method>
              </velocity-allowlist>
            </atlassian-plugin>
            """;

    @Test
    void readsEveryAllowlistModuleOfTheDescriptor() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(DESCRIPTOR.getBytes(StandardCharsets.UTF_8)));
        MethodAllowlist allowlist = MethodAllowlist.fromDescriptor(document);
        assertEquals(Set.of("io.outloud.preview.velocity.Widget#getTitle()",
                "io.outloud.preview.velocity.Widget#format(java.lang.String)",
                "java.lang.CharSequence#chars()"), allowlist.entries());
    }

    @Test
    void matchesNameAndParameterTypes() throws Exception {
        MethodAllowlist allowlist = MethodAllowlist.of(List.of("io.outloud.preview.velocity.Widget#format(java.lang.String)"));
        assertTrue(allowlist.allows(Widget.class, Widget.class.getMethod("format", String.class)));
        assertFalse(allowlist.allows(Widget.class, Widget.class.getMethod("secret")));
        assertFalse(MethodAllowlist.of("io.outloud.preview.velocity.Widget#format(int)")
                .allows(Widget.class, Widget.class.getMethod("format", String.class)));
    }

    @Test
    void entryOnSupertypeOrInterfaceCoversSubclasses() throws Exception {
        class SpecialWidget extends Widget {
        }
        assertTrue(MethodAllowlist.of("io.outloud.preview.velocity.Widget#secret()")
                .allows(SpecialWidget.class, SpecialWidget.class.getMethod("secret")));
        assertTrue(MethodAllowlist.of("java.lang.CharSequence#length()")
                .allows(StringBuilder.class, StringBuilder.class.getMethod("length")));
    }

    @Test
    void rejectsMalformedEntries() {
        assertThrows(IllegalArgumentException.class, () -> MethodAllowlist.of("io.outloud.Widget.getTitle"));
        assertThrows(IllegalArgumentException.class, () -> MethodAllowlist.of("#getTitle()"));
    }

    @Test
    void namesTheEntryToAdd() throws Exception {
        assertEquals("io.outloud.preview.velocity.Widget#format(java.lang.String)",
                MethodAllowlist.entryFor(Widget.class.getMethod("format", String.class)));
    }
}
