package io.outloud.preview.plugin;

import io.outloud.preview.host.PreviewI18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's web-resource modules as Confluence's web resource manager serves them: a required module
 * brings its dependencies first (in declaration order, each once), then its own files; JavaScript of a module
 * with the jsI18n transformation gets its {@code AJS.I18n.getText('key')} calls filled in per language.
 * AUI ({@code com.atlassian.auiplugin:ajs}) is the real AUI from npm, at the major Confluence 9.2 ships; its other
 * modules ({@code com.atlassian.auiplugin:dialog2}, ...) are in the same prototyping bundle, included once.
 */
public final class WebResources {
    public static final String AUI = "com.atlassian.auiplugin:ajs";
    private static final List<String> AUI_FILES = List.of("/npm/jquery/dist/jquery.min.js",
            "/npm/@atlassian/aui/dist/aui/aui-prototyping.css", "/npm/@atlassian/aui/dist/aui/aui-prototyping.js");
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9_.-]+)\\1");

    private final String pluginKey;
    private final ClassLoader loader;
    private final PreviewI18nResolver i18n;
    private final Map<String, PluginDescriptor.WebResourceModule> modules = new LinkedHashMap<>();
    private final Set<String> jsI18nModules;

    public WebResources(PluginDescriptor descriptor, ClassLoader loader, PreviewI18nResolver i18n) {
        this.pluginKey = descriptor.key();
        this.loader = loader;
        this.i18n = i18n;
        for (PluginDescriptor.WebResourceModule module : descriptor.webResources()) {
            modules.put(pluginKey + ":" + module.key(), module);
        }
        this.jsI18nModules = descriptor.jsI18nWebResources();
    }

    /** Contexts Confluence includes on every page it renders (a module in one of them needs no explicit require). */
    public static final List<String> PAGE_CONTEXTS = List.of("atl.general");

    /** Keys of the modules that declare one of these contexts, in descriptor order. */
    public List<String> modulesInContexts(List<String> contexts) {
        List<String> keys = new ArrayList<>();
        modules.forEach((key, module) -> {
            if (module.contexts().stream().anyMatch(contexts::contains)) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** The URLs a page includes for these required modules, dependencies first, each once. */
    public List<String> urlsFor(Iterable<String> required, Locale locale) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : required) {
            collect(key, ordered, new LinkedHashSet<>());
        }
        List<String> urls = new ArrayList<>();
        for (String key : ordered) {
            if (isAui(key)) {
                if (!urls.containsAll(AUI_FILES)) {
                    urls.addAll(AUI_FILES);
                }
                continue;
            }
            for (PluginDescriptor.WebResourceFile file : modules.get(key).files()) {
                urls.add("/download/resources/" + key + "/" + file.name() + "?locale=" + locale.toLanguageTag());
            }
        }
        return urls;
    }

    private static boolean isAui(String key) {
        return key.startsWith("com.atlassian.auiplugin:");
    }

    private void collect(String key, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(key)) {
            return;
        }
        if (!visiting.add(key)) {
            throw new IllegalStateException("Web resources depend on each other in a cycle: " + visiting);
        }
        if (!isAui(key)) {
            PluginDescriptor.WebResourceModule module = modules.get(key);
            if (module == null) {
                throw new IllegalStateException("No web-resource module " + key + " (required or named as a dependency)");
            }
            for (String dependency : module.dependencies()) {
                collect(dependency, ordered, visiting);
            }
        }
        ordered.add(key);
    }

    /** A file of a module, transformed as the module declares; empty when there is no such module or file. */
    public Optional<Served> serve(String completeKey, String name, Locale locale) throws IOException {
        PluginDescriptor.WebResourceModule module = modules.get(completeKey);
        if (module == null) {
            return Optional.empty();
        }
        for (PluginDescriptor.WebResourceFile file : module.files()) {
            if (file.name().equals(name)) {
                try (InputStream in = loader.getResourceAsStream(file.location())) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    byte[] bytes = in.readAllBytes();
                    if (name.endsWith(".js") && jsI18nModules.contains(module.key())) {
                        bytes = jsI18n(new String(bytes, StandardCharsets.UTF_8), locale).getBytes(StandardCharsets.UTF_8);
                    }
                    return Optional.of(new Served(bytes, contentType(name)));
                }
            }
        }
        return Optional.empty();
    }

    public record Served(byte[] bytes, String contentType) {
    }

    /** {@code AJS.I18n.getText('key', args)} becomes {@code AJS.format("text", args)}, as the jsI18n transformer does. */
    String jsI18n(String script, Locale locale) {
        Matcher matcher = GET_TEXT.matcher(script);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String text = i18n.raw(locale, matcher.group(2));
            String replacement = "AJS.format(" + jsString(text != null ? text : matcher.group(2));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }
}
