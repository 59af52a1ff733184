package io.outloud.preview.content;

import org.w3c.dom.Element;

import java.util.LinkedHashMap;
import java.util.Map;

/** An {@code ac:structured-macro} as read from storage: its own parameters and bodies, not those of nested macros. */
record MacroElement(String name, String macroId, Map<String, String> parameters, Element richTextBody, String plainTextBody) {

    static final String TAG = "ac:structured-macro";

    /** ri:* attributes that stand for a parameter's value when it holds a resource rather than text. */
    private static final String[] RESOURCE_VALUE_ATTRIBUTES = {
            "ri:content-title", "ri:filename", "ri:space-key", "ri:userkey", "ri:username", "ri:value"};

    static MacroElement read(Element macro) {
        String name = Dom.attribute(macro, "ac:name");
        String id = Dom.attribute(macro, "ac:macro-id");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element parameter : Dom.childElements(macro, "ac:parameter")) {
            String key = Dom.attribute(parameter, "ac:name");
            parameters.put(key == null ? "" : key, parameterValue(parameter));
        }
        return new MacroElement(
                name == null ? "" : name,
                id == null || id.isBlank() ? null : id,
                parameters,
                Dom.firstChild(macro, "ac:rich-text-body").orElse(null),
                Dom.firstChild(macro, "ac:plain-text-body").map(Element::getTextContent).orElse(null));
    }

    MacroOccurrence occurrence() {
        return new MacroOccurrence(name, macroId, parameters);
    }

    private static String parameterValue(Element parameter) {
        String text = parameter.getTextContent();
        if (!text.isBlank()) {
            return text;
        }
        return Dom.resourceIdentifierValue(parameter, RESOURCE_VALUE_ATTRIBUTES).orElse(text);
    }
}
