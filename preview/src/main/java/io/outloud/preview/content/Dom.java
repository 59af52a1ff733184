package io.outloud.preview.content;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few DOM look-ups the converter needs; storage names are matched as typed ("ac:parameter"). */
final class Dom {

    private Dom() {
    }

    static List<Element> childElements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static Optional<Element> firstChild(Element parent, String name) {
        return childElements(parent, name).stream().findFirst();
    }

    /** Attribute value, or null when absent (DOM returns "" for both absent and empty). */
    static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    /** First non-blank value among the given attributes on any ri:* child, e.g. a linked page's title. */
    static Optional<String> resourceIdentifierValue(Element parent, String... attributeNames) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().startsWith("ri:")) {
                for (String attributeName : attributeNames) {
                    String value = attribute(element, attributeName);
                    if (value != null && !value.isBlank()) {
                        return Optional.of(value);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
