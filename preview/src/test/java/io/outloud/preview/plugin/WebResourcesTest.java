package io.outloud.preview.plugin;

import io.outloud.preview.host.PreviewI18nResolver;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web resources as Confluence serves them: dependencies first, contexts, and the jsI18n transformer. */
class WebResourcesTest {
    private final ClassLoader loader = getClass().getClassLoader();
    private final PluginDescriptor descriptor = PluginDescriptor.load(loader, "webresources/atlassian-plugin.xml");
    private final WebResources resources = new WebResources(descriptor, loader, new PreviewI18nResolver(loader, descriptor.i18nLocations()));

    @Test
    void requiringAModuleBringsItsDependenciesFirstEachOnce() {
        List<String> urls = resources.urlsFor(List.of("test.plugin:feature", "test.plugin:base"), Locale.ENGLISH);
        assertEquals(List.of(
                "/npm/jquery/dist/jquery.min.js",
                "/npm/@atlassian/aui/dist/aui/aui-prototyping.css",
                "/npm/@atlassian/aui/dist/aui/aui-prototyping.js",
                "/download/resources/test.plugin:base/base.js?locale=en",
                "/download/resources/test.plugin:feature/feature.js?locale=en",
                "/download/resources/test.plugin:feature/feature.css?locale=en"), urls);
    }

    @Test
    void modulesInAPageContextAreFoundWithoutBeingRequired() {
        assertEquals(List.of("test.plugin:everywhere"), resources.modulesInContexts(WebResources.PAGE_CONTEXTS));
    }

    @Test
    void anUnknownModuleOrACycleFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> resources.urlsFor(List.of("test.plugin:nope"), Locale.ENGLISH));
        IllegalStateException cycle = assertThrows(IllegalStateException.class,
                () -> resources.urlsFor(List.of("test.plugin:loop-a"), Locale.ENGLISH));
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
    }

    @Test
    void jsI18n_fillsInTheTextOfTheReadersLanguage_safelyQuoted() throws Exception {
        String english = served("test.plugin:feature", "feature.js", Locale.ENGLISH);
        assertTrue(english.contains("AJS.format(\"Hello {0}, it''s \\\"here\\\" \\u003c/script\\u003e\", 'you')"), english);
        assertTrue(english.contains("AJS.format(\"test.missing\")"), "an unknown key shows itself: " + english);
        String dutch = served("test.plugin:feature", "feature.js", Locale.forLanguageTag("nl"));
        assertTrue(dutch.contains("AJS.format(\"Hallo {0}\", 'you')"), dutch);
        String untransformed = served("test.plugin:base", "base.js", Locale.ENGLISH);
        assertEquals("var base = 1;\n", untransformed);
    }

    @Test
    void aFileTheModuleDoesNotDeclareIsNotServed() throws Exception {
        assertTrue(resources.serve("test.plugin:feature", "base.js", Locale.ENGLISH).isEmpty());
        assertTrue(resources.serve("test.plugin:feature", "../atlassian-plugin.xml", Locale.ENGLISH).isEmpty());
        assertTrue(resources.serve("other.plugin:feature", "feature.js", Locale.ENGLISH).isEmpty());
    }

    private String served(String module, String file, Locale locale) throws Exception {
        return new String(resources.serve(module, file, locale).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }
}
