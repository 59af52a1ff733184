package io.outloud.plugin;

import net.java.ao.RawEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads atlassian-plugin.xml through a class loader (the build output, or the built jar) and lists every
 * reference in it that does not resolve: classes, resources, i18n keys and Active Objects entities.
 */
final class DescriptorChecker {
    /**
     * Confluence's web-item conditions the descriptor may name (the preview evaluates exactly these): their packages are
     * in Import-Package, since the plugin system loads a condition through the bundle.
     */
    static final java.util.Set<String> HOST_CONDITIONS = java.util.Set.of(
            "com.atlassian.confluence.plugin.descriptor.web.conditions.user.UserLoggedInCondition",
            "com.atlassian.confluence.plugin.descriptor.web.conditions.SystemAdministratorCondition",
            "com.atlassian.confluence.plugin.descriptor.web.conditions.ConfluenceAdministratorCondition",
            "com.atlassian.confluence.plugin.descriptor.web.conditions.SpacePermissionCondition");


    static final String DESCRIPTOR = "atlassian-plugin.xml";

    private final ClassLoader loader;
    private final Document descriptor;
    private final Properties i18n;

    DescriptorChecker(ClassLoader loader) throws Exception {
        this.loader = loader;
        this.descriptor = parse(loader, DESCRIPTOR);
        this.i18n = loadI18n();
    }

    Element root() {
        return descriptor.getDocumentElement();
    }

    Document document() {
        return descriptor;
    }

    Properties englishI18n() {
        return i18n;
    }

    /** Every unresolved reference, as a readable line; empty when the descriptor is whole. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (i18n.isEmpty()) {
            problems.add("no i18n resource, or it is empty");
        }
        forEachElement(root(), element -> {
            checkClassAttribute(element, problems);
            checkResource(element, problems);
            checkI18nKeys(element, problems);
        });
        for (Element entity : elements("entity")) {
            checkEntity(entity.getTextContent().trim(), problems);
        }
        for (Element param : elements("param")) {
            String name = param.getAttribute("name");
            if (name.equals("plugin-icon") || name.equals("plugin-logo")) {
                requireResource(param.getTextContent().trim(), "plugin-info " + name, problems);
            }
        }
        if (descriptorText().contains("${")) {
            problems.add("unfiltered ${...} placeholder left in the descriptor");
        }
        // The plugin system refuses the whole plugin when two modules share a key ("Found duplicate key").
        java.util.Set<String> keys = new java.util.HashSet<>();
        org.w3c.dom.NodeList modules = root().getChildNodes();
        for (int i = 0; i < modules.getLength(); i++) {
            if (modules.item(i) instanceof Element module && module.hasAttribute("key") && !keys.add(module.getAttribute("key"))) {
                problems.add("two modules have the key " + module.getAttribute("key"));
            }
        }
        return problems;
    }

    List<Element> elements(String tagName) {
        NodeList nodes = descriptor.getElementsByTagName(tagName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private void checkClassAttribute(Element element, List<String> problems) {
        String className = element.getAttribute("class");
        if (className.isEmpty()) {
            return;
        }
        if (element.getTagName().equals("condition") && !className.startsWith("io.outloud.")) {
            if (!HOST_CONDITIONS.contains(className)) {
                problems.add("<condition> names " + className + ", not one of the Confluence conditions the app relies on " + HOST_CONDITIONS);
            }
            return; // Confluence's own class: not on the test's class path, imported by the bundle
        }
        try {
            Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add("<" + element.getTagName() + " key=\"" + element.getAttribute("key") + "\"> names missing class " + className);
        }
    }

    private void checkResource(Element element, List<String> problems) {
        if (!element.getTagName().equals("resource")) {
            return;
        }
        String location = element.getAttribute("location");
        String type = element.getAttribute("type");
        if (type.equals("i18n")) {
            requireResource(location.replace('.', '/') + ".properties", "i18n resource", problems);
        } else if (type.equals("download") && location.endsWith("/")) {
            return; // a folder of downloads: the folder itself is not a resource
        } else {
            requireResource(location, "<resource name=\"" + element.getAttribute("name") + "\">", problems);
        }
    }

    private void checkI18nKeys(Element element, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getNodeName();
            boolean isI18nKey = name.equals("i18n-name-key")
                    || (name.equals("key") && (element.getTagName().equals("description") || element.getTagName().equals("label")));
            if (isI18nKey && !i18n.containsKey(attribute.getNodeValue())) {
                problems.add("i18n key " + attribute.getNodeValue() + " (on <" + element.getTagName() + ">) is not in outloud.properties");
            }
        }
    }

    private void checkEntity(String className, List<String> problems) {
        try {
            Class<?> entity = Class.forName(className, false, loader);
            Class<?> rawEntity = Class.forName(RawEntity.class.getName(), false, loader);
            if (!entity.isInterface() || !rawEntity.isAssignableFrom(entity)) {
                problems.add("AO entity " + className + " is not an interface extending net.java.ao.RawEntity");
            }
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add("AO entity class " + className + " is missing");
        }
    }

    private void requireResource(String path, String what, List<String> problems) {
        if (loader.getResource(path) == null) {
            problems.add(what + " names missing resource " + path);
        }
    }

    private Properties loadI18n() throws IOException {
        Properties properties = new Properties();
        for (Element resource : elements("resource")) {
            if (resource.getAttribute("type").equals("i18n")) {
                try (InputStream in = loader.getResourceAsStream(resource.getAttribute("location").replace('.', '/') + ".properties")) {
                    if (in != null) {
                        properties.load(in);
                    }
                }
            }
        }
        return properties;
    }

    private String descriptorText() {
        StringBuilder text = new StringBuilder();
        forEachElement(root(), element -> {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                text.append(attributes.item(i).getNodeValue()).append('\n');
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE) {
                    text.append(child.getNodeValue()).append('\n');
                }
            }
        });
        return text.toString();
    }

    private static void forEachElement(Element element, java.util.function.Consumer<Element> action) {
        action.accept(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                forEachElement(childElement, action);
            }
        }
    }

    static Document parse(ClassLoader loader, String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return builder.parse(in);
        }
    }
}
