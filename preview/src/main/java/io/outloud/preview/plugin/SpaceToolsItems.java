package io.outloud.preview.plugin;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plugin's web-items in a space's tools (sections under {@code system.space.tools}, as Confluence 9.x and 10.x draw
 * them): label key, link and weight, the link's {@code $generalUtil.urlEncode($space.key)} (or {@code $space.key}) filled
 * in for a space as Confluence's Velocity does.
 */
public final class SpaceToolsItems {
    public static final String SECTION_PREFIX = "system.space.tools/";

    public record Item(String key, String section, String labelKey, String linkId, String link, int weight) {
        /** The link for one space. */
        public String linkFor(String spaceKey) {
            String encoded = URLEncoder.encode(spaceKey, StandardCharsets.UTF_8);
            return link.replace("$generalUtil.urlEncode($space.key)", encoded).replace("$htmlUtil.urlEncode($space.key)", encoded)
                    .replace("$space.key", encoded);
        }
    }

    private SpaceToolsItems() {
    }

    public static List<Item> of(PluginDescriptor descriptor) {
        NodeList nodes = descriptor.document().getElementsByTagName("web-item");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element item = (Element) nodes.item(i);
            String section = item.getAttribute("section");
            if (!section.startsWith(SECTION_PREFIX)) {
                continue;
            }
            Element label = first(item, "label");
            Element link = first(item, "link");
            String weight = item.getAttribute("weight");
            items.add(new Item(item.getAttribute("key"), section, label == null ? "" : label.getAttribute("key"),
                    link == null ? "" : link.getAttribute("linkId"), link == null ? "" : link.getTextContent().strip(),
                    weight.isEmpty() ? 1000 : Integer.parseInt(weight)));
        }
        items.sort(Comparator.comparingInt(Item::weight));
        return List.copyOf(items);
    }

    private static Element first(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }
}
