package io.outloud.preview.content;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The allowlist of plain XHTML that survives storage-to-view conversion. Anyone who can edit a page can type storage
 * format, so anything not listed here is removed: elements are unwrapped (their text kept, escaped) or, for elements
 * whose content is code or foreign markup, dropped with their content.
 */
final class ViewHtmlPolicy {

    private static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
            "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "colgroup",
            "col", "a", "span", "div", "img", "time");

    private static final Set<String> DROPPED_WITH_CONTENT = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "template",
            "noscript", "noembed", "noframes", "xmp", "plaintext", "textarea", "select", "option", "title", "head",
            "base", "link", "meta", "param", "audio", "video", "source", "canvas");

    private static final Set<String> CLASS_ELEMENTS = Set.of("p", "span", "div", "table", "td", "th");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");
    private static final Pattern DIMENSION = Pattern.compile("[0-9]{1,5}(px|%)?");
    private static final Pattern UNSAFE_CLASS_CHARACTERS = Pattern.compile("[^A-Za-z0-9_\\- ]");

    private ViewHtmlPolicy() {
    }

    /** The lower-case HTML name when the element is kept, empty when it is unwrapped or dropped. */
    static Optional<String> allowedElement(Element element) {
        String name = element.getTagName().toLowerCase(Locale.ROOT);
        return ALLOWED_ELEMENTS.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** By local name, so a foreign prefix ("svg:script", "x:style") does not smuggle the content out as text. */
    static boolean dropsWithContent(String tagName) {
        String localName = tagName.substring(tagName.indexOf(':') + 1);
        return DROPPED_WITH_CONTENT.contains(localName.toLowerCase(Locale.ROOT));
    }

    /** The element's attributes that are allowed on it, with values made safe; everything else (style, on*) is gone. */
    static Map<String, String> safeAttributes(String element, Element source) {
        Map<String, String> safe = new LinkedHashMap<>();
        NamedNodeMap attributes = source.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName().toLowerCase(Locale.ROOT);
            rule(element, name).flatMap(sanitizer -> Optional.ofNullable(sanitizer.apply(attribute.getValue())))
                    .ifPresent(value -> safe.put(name, value));
        }
        return safe;
    }

    private static Optional<UnaryOperator<String>> rule(String element, String attribute) {
        UnaryOperator<String> rule = switch (attribute) {
            case "href" -> element.equals("a") ? value -> SafeUrls.linkHref(value).orElse(null) : null;
            case "src" -> element.equals("img") ? value -> SafeUrls.imageSrc(value).orElse(null) : null;
            case "title" -> element.equals("a") ? UnaryOperator.identity() : null;
            case "alt" -> element.equals("img") ? UnaryOperator.identity() : null;
            case "width", "height" -> element.equals("img") ? value -> matching(DIMENSION, value) : null;
            case "datetime" -> element.equals("time") ? UnaryOperator.identity() : null;
            case "colspan", "rowspan" -> element.equals("td") || element.equals("th") ? value -> matching(NUMBER, value) : null;
            case "span" -> element.equals("col") || element.equals("colgroup") ? value -> matching(NUMBER, value) : null;
            case "start" -> element.equals("ol") ? value -> matching(NUMBER, value) : null;
            case "class" -> CLASS_ELEMENTS.contains(element) ? ViewHtmlPolicy::safeClass : null;
            default -> null;
        };
        return Optional.ofNullable(rule);
    }

    private static String matching(Pattern pattern, String value) {
        String trimmed = value.strip();
        return pattern.matcher(trimmed).matches() ? trimmed : null;
    }

    private static String safeClass(String value) {
        String cleaned = UNSAFE_CLASS_CHARACTERS.matcher(value).replaceAll(" ").trim().replaceAll(" +", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }
}
