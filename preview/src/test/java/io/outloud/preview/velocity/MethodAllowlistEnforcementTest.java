package io.outloud.preview.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.templaterenderer.RenderingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MethodAllowlistEnforcementTest {
    public record Row(String title) {
    }

    private static final MethodAllowlist ESCAPES_ALLOWLISTED = MethodAllowlist.of(
            "java.lang.Object#getClass()", "java.lang.Class#forName(java.lang.String)");

    private final List<String> warnings = new ArrayList<>();

    private PreviewTemplateRenderer lenient(MethodAllowlist allowlist) {
        return new PreviewTemplateRenderer(getClass().getClassLoader(), allowlist, AllowlistMode.LENIENT, warnings::add);
    }

    private static String renderStrict(MethodAllowlist allowlist, String name, Map<String, Object> context) {
        return Templates.render(Templates.strict(allowlist), name, context);
    }

    @Test
    void allowlistedMethodsAndGettersRun() {
        assertEquals("Title <b>|[x]\n",
                renderStrict(Templates.widgetAllowlist(), "velocity/allowlist/title.vm", Map.of("widget", new Widget())));
    }

    @Test
    void strictModeFailsNamingTheMissingEntry() {
        RenderingException e = assertThrows(RenderingException.class,
                () -> renderStrict(Templates.widgetAllowlist(), "velocity/allowlist/secret.vm", Map.of("widget", new Widget())));
        assertTrue(e.getMessage().startsWith("Method needs allowlisting: io.outloud.preview.velocity.Widget#secret()"), e.getMessage());
        assertTrue(e.getMessage().contains("velocity/allowlist/secret.vm"), e.getMessage());
    }

    @Test
    void propertyGetterNeedsAllowlistingToo() {
        RenderingException e = assertThrows(RenderingException.class,
                () -> renderStrict(MethodAllowlist.empty(), "velocity/allowlist/title.vm", Map.of("widget", new Widget())));
        assertTrue(e.getMessage().contains("io.outloud.preview.velocity.Widget#getTitle()"), e.getMessage());
    }

    @Test
    void lenientModeRendersTheReferenceAndWarns() {
        String out = Templates.render(lenient(Templates.widgetAllowlist()), "velocity/allowlist/secret.vm", Map.of("widget", new Widget()));
        assertEquals("[$widget.secret()]\n", out);
        assertEquals(List.of("Method needs allowlisting: io.outloud.preview.velocity.Widget#secret()"), warnings);
    }

    @Test
    void recordAccessorsAreNotImplicitlyAllowed() {
        Map<String, Object> context = Map.of("row", new Row("t"));
        RenderingException e = assertThrows(RenderingException.class,
                () -> renderStrict(MethodAllowlist.empty(), "velocity/allowlist/record.vm", context));
        assertTrue(e.getMessage().contains(Row.class.getName() + "#title()"), e.getMessage());
        assertEquals("[t]\n", renderStrict(MethodAllowlist.of(Row.class.getName() + "#title()"), "velocity/allowlist/record.vm", context));
    }

    @Test
    void getClassIsBlockedEvenWhenAllowlisted() {
        Map<String, Object> context = Map.of("widget", new Widget());
        assertEquals("[$widget.getClass()]\n", Templates.render(lenient(ESCAPES_ALLOWLISTED), "velocity/allowlist/get-class.vm", context));
        assertEquals(List.of("Method is never allowed in templates: java.lang.Object#getClass()"), warnings);
        RenderingException e = assertThrows(RenderingException.class,
                () -> renderStrict(ESCAPES_ALLOWLISTED, "velocity/allowlist/get-class.vm", context));
        assertTrue(e.getMessage().contains("java.lang.Object#getClass()"), e.getMessage());
    }

    @Test
    void classPropertyAndForNameAreBlockedEvenWhenAllowlisted() {
        assertEquals("[$widget.class.forName(\"java.lang.Runtime\")]\n",
                Templates.render(lenient(ESCAPES_ALLOWLISTED), "velocity/allowlist/class-property.vm", Map.of("widget", new Widget())));
        assertEquals("[$type.forName(\"java.lang.Runtime\")]\n",
                Templates.render(lenient(ESCAPES_ALLOWLISTED), "velocity/allowlist/class-object.vm", Map.of("type", Widget.class)));
        assertThrows(RenderingException.class,
                () -> renderStrict(ESCAPES_ALLOWLISTED, "velocity/allowlist/class-object.vm", Map.of("type", Widget.class)));
    }

    @Test
    void mapsListsEnumsAndJdkValuesNeedNoEntries() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", "1");
        map.put("b", "2");
        String out = renderStrict(MethodAllowlist.empty(), "velocity/allowlist/collections.vm", Map.of(
                "map", map, "list", List.of("x", "y"), "tone", Tone.LOUD, "optional", Optional.of("o"), "text", "abc", "count", 7));
        assertEquals("1 1 2 2 a=1;b=2;\nx y 2 has-y 0:x 1:y \nLOUD o ABC 7\n", out);
    }
}
