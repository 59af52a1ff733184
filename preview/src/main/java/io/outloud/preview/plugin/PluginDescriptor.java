package io.outloud.preview.plugin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** atlassian-plugin.xml as the plugin system reads it: the modules the preview hosts. */
public final class PluginDescriptor {

    public record MacroModule(String key, String name, String className) {
    }

    public record ServletModule(String key, String className, List<String> urlPatterns) {
    }

    public record RestModule(String key, String path, String version, List<String> packages) {
    }

    public record WebResourceFile(String name, String type, String location) {
    }

    public record WebResourceModule(String key, List<String> dependencies, List<String> contexts, List<WebResourceFile> files) {
    }

    private final Document document;
    private final String key;

    private PluginDescriptor(Document document) {
        this.document = document;
        this.key = document.getDocumentElement().getAttribute("key");
    }

    public static PluginDescriptor load(ClassLoader pluginLoader) {
        return load(pluginLoader, "atlassian-plugin.xml");
    }

    public static PluginDescriptor load(ClassLoader pluginLoader, String resource) {
        try (InputStream in = pluginLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The plugin has no " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + resource, e);
        }
    }

    public Document document() {
        return document;
    }

    public String key() {
        return key;
    }

    public List<String> i18nLocations() {
        return children(document.getDocumentElement(), "resource").stream()
                .filter(r -> r.getAttribute("type").equals("i18n"))
                .map(r -> r.getAttribute("location"))
                .toList();
    }

    public List<String> aoEntities() {
        List<String> entities = new ArrayList<>();
        for (Element ao : children(document.getDocumentElement(), "ao")) {
            children(ao, "entity").forEach(e -> entities.add(e.getTextContent().trim()));
        }
        return entities;
    }

    public List<MacroModule> macros() {
        return children(document.getDocumentElement(), "xhtml-macro").stream()
                .map(m -> new MacroModule(m.getAttribute("key"), m.getAttribute("name"), m.getAttribute("class")))
                .toList();
    }

    public List<ServletModule> servlets() {
        return children(document.getDocumentElement(), "servlet").stream()
                .map(m -> new ServletModule(m.getAttribute("key"), m.getAttribute("class"),
                        children(m, "url-pattern").stream().map(u -> u.getTextContent().trim()).toList()))
                .toList();
    }

    public List<RestModule> restModules() {
        return children(document.getDocumentElement(), "rest").stream()
                .map(r -> new RestModule(r.getAttribute("key"), r.getAttribute("path"), r.getAttribute("version"),
                        children(r, "package").stream().map(p -> p.getTextContent().trim()).toList()))
                .toList();
    }

    public List<WebResourceModule> webResources() {
        return children(document.getDocumentElement(), "web-resource").stream()
                .map(w -> new WebResourceModule(w.getAttribute("key"),
                        children(w, "dependency").stream().map(d -> d.getTextContent().trim()).toList(),
                        children(w, "context").stream().map(c -> c.getTextContent().trim()).toList(),
                        children(w, "resource").stream()
                                .map(r -> new WebResourceFile(r.getAttribute("name"), r.getAttribute("type"), r.getAttribute("location")))
                                .toList()))
                .toList();
    }

    /** A {@code <web-section>}: a group of links at a location of Confluence's UI, shown when all its conditions hold. */
    public record WebSectionModule(String key, String location, int weight, String labelKey, List<Condition> conditions) {
    }

    /** A {@code <condition class="...">} with its {@code <param name="...">value</param>}s. */
    public record Condition(String className, java.util.Map<String, String> params) {
    }

    /** A {@code <web-item>}: a link in a section ({@code location/section-key}), shown when all its conditions hold. */
    public record WebItemModule(String key, String section, int weight, String labelKey, String link, String linkId, List<Condition> conditions) {
    }

    public List<WebSectionModule> webSections() {
        return children(document.getDocumentElement(), "web-section").stream()
                .map(w -> new WebSectionModule(w.getAttribute("key"), w.getAttribute("location"), weight(w), labelKey(w), conditions(w)))
                .toList();
    }

    public List<WebItemModule> webItems() {
        return children(document.getDocumentElement(), "web-item").stream()
                .map(w -> {
                    Element link = children(w, "link").stream().findFirst().orElseThrow(
                            () -> new IllegalStateException("<web-item key=\"" + w.getAttribute("key") + "\"> has no <link>"));
                    return new WebItemModule(w.getAttribute("key"), w.getAttribute("section"), weight(w), labelKey(w),
                            link.getTextContent().trim(), link.getAttribute("linkId"), conditions(w));
                })
                .toList();
    }

    private static int weight(Element module) {
        return module.getAttribute("weight").isEmpty() ? 1000 : Integer.parseInt(module.getAttribute("weight").trim());
    }

    private static String labelKey(Element module) {
        return children(module, "label").stream().map(l -> l.getAttribute("key")).findFirst().orElse("");
    }

    private static List<Condition> conditions(Element module) {
        if (!children(module, "conditions").isEmpty()) {
            // AND/OR groups are not evaluated here: refuse them rather than show an item Confluence would hide.
            throw new IllegalStateException("<" + module.getTagName() + " key=\"" + module.getAttribute("key")
                    + "\">: the preview evaluates <condition> elements only, not <conditions> groups");
        }
        return children(module, "condition").stream().map(c -> new Condition(c.getAttribute("class"), children(c, "param").stream()
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(p -> p.getAttribute("name"), p -> p.getTextContent().trim()))))
                .toList();
    }

    /** Keys of web-resource modules whose JavaScript the jsI18n transformer fills in. */
    public java.util.Set<String> jsI18nWebResources() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Element module : children(document.getDocumentElement(), "web-resource")) {
            for (Element transformation : children(module, "transformation")) {
                if (children(transformation, "transformer").stream().anyMatch(t -> t.getAttribute("key").equals("jsI18n"))) {
                    keys.add(module.getAttribute("key"));
                }
            }
        }
        return keys;
    }

    static List<Element> children(Element parent, String tagName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(tagName)) {
                result.add(element);
            }
        }
        return result;
    }
}
