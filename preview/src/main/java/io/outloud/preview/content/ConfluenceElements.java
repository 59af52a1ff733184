package io.outloud.preview.content;

import org.w3c.dom.Element;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prefixed storage elements other than macros (ac:link, ac:image, ri:page, ...). The preview has no link or
 * attachment resolution, so they become plain, escaped stand-ins; ri:* resource identifiers render nothing themselves.
 * Elements with any other prefix are unwrapped like unknown HTML.
 */
final class ConfluenceElements {

    private static final String[] LINK_TEXT_ATTRIBUTES = {
            "ri:content-title", "ri:filename", "ri:username", "ri:userkey", "ri:space-key", "ri:value"};

    private final StorageToViewConverter converter;

    ConfluenceElements(StorageToViewConverter converter) {
        this.converter = converter;
    }

    void write(Element element, HtmlWriter out) {
        String tag = element.getTagName();
        switch (tag) {
            case "ac:link" -> link(element, out);
            case "ac:image" -> image(element, out);
            case "ac:emoticon" -> emoticon(element, out);
            case "ac:task-list" -> wrapped("ul", "inline-task-list", element, out);
            case "ac:task" -> Dom.firstChild(element, "ac:task-body").ifPresent(body -> wrapped("li", "inline-task", body, out));
            case "ac:layout", "ac:layout-section", "ac:layout-cell" -> wrapped("div", tag.substring(3), element, out);
            case "ac:plain-text-body" -> out.text(element.getTextContent());
            case "ac:parameter", "ac:placeholder", "ac:plain-text-link-body", "ac:task-id", "ac:task-uuid", "ac:task-status" -> {
                // metadata of an enclosing element, not content
            }
            default -> {
                boolean confluence = tag.startsWith("ac:");
                boolean foreignAndDangerous = !confluence && ViewHtmlPolicy.dropsWithContent(tag);
                if (!tag.startsWith("ri:") && !foreignAndDangerous) {
                    converter.writeChildren(element, out); // e.g. ac:rich-text-body outside a macro, unknown prefixes
                }
            }
        }
    }

    private void link(Element link, HtmlWriter out) {
        out.open("span", Map.of("class", "confluence-link"));
        var body = Dom.firstChild(link, "ac:link-body");
        var plainBody = Dom.firstChild(link, "ac:plain-text-link-body");
        if (body.isPresent()) {
            converter.writeChildren(body.get(), out);
        } else if (plainBody.isPresent()) {
            out.text(plainBody.get().getTextContent());
        } else {
            String anchor = Dom.attribute(link, "ac:anchor");
            out.text(Dom.resourceIdentifierValue(link, LINK_TEXT_ATTRIBUTES).orElse(anchor == null ? "" : anchor));
        }
        out.close("span");
    }

    private void image(Element image, HtmlWriter out) {
        String alt = Dom.attribute(image, "ac:alt");
        var url = Dom.firstChild(image, "ri:url").map(u -> u.getAttribute("ri:value")).flatMap(SafeUrls::imageSrc);
        if (url.isPresent()) {
            Map<String, String> attributes = new LinkedHashMap<>(); // deterministic attribute order
            attributes.put("src", url.get());
            attributes.put("alt", alt == null ? "" : alt);
            out.open("img", attributes).close("img");
            return;
        }
        String label = alt != null ? alt : Dom.resourceIdentifierValue(image, "ri:filename").orElse("image");
        out.open("span", Map.of("class", "confluence-embedded-image")).text(label).close("span");
    }

    private void emoticon(Element emoticon, HtmlWriter out) {
        String fallback = Dom.attribute(emoticon, "ac:emoji-fallback");
        String name = Dom.attribute(emoticon, "ac:name");
        String text = fallback != null ? fallback : ":" + (name == null ? "" : name) + ":";
        out.open("span", Map.of("class", "emoticon")).text(text).close("span");
    }

    private void wrapped(String element, String cssClass, Element content, HtmlWriter out) {
        out.open(element, Map.of("class", cssClass));
        converter.writeChildren(content, out);
        out.close(element);
    }
}
