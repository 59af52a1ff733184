package io.outloud.preview.content;

import org.jsoup.nodes.Entities;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storage format uses HTML entities (&amp;nbsp; &amp;mdash; ...) that plain XML does not know. Confluence declares them
 * in a DTD; we rewrite them to numeric references instead, so the parser can keep DOCTYPEs (and with them XXE and
 * entity-expansion attacks) forbidden. Unknown entities and bare ampersands become literal text.
 */
final class EntityNormalizer {

    private static final Pattern AMPERSAND = Pattern.compile("&(?:(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)|([A-Za-z][A-Za-z0-9]{0,31});)?");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private EntityNormalizer() {
    }

    static String normalize(String storage) {
        StringBuilder out = new StringBuilder(storage.length() + 16);
        MarkupSections.visit(storage, new MarkupSections.Visitor() {
            @Override
            public void markup(String text) {
                out.append(normalizeMarkup(text));
            }

            @Override
            public void verbatim(String text) {
                out.append(text);
            }
        });
        return out.toString();
    }

    private static String normalizeMarkup(String text) {
        Matcher matcher = AMPERSAND.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replacement(Matcher matcher) {
        if (matcher.group(1) != null) {
            return matcher.group(); // numeric reference: the parser validates it
        }
        String name = matcher.group(2);
        if (name == null) {
            return "&amp;";
        }
        if (XML_ENTITIES.contains(name)) {
            return matcher.group();
        }
        if (Entities.isNamedEntity(name)) {
            StringBuilder numeric = new StringBuilder();
            Entities.getByName(name).codePoints().forEach(cp -> numeric.append("&#").append(cp).append(';'));
            return numeric.toString();
        }
        return "&amp;" + name + ";";
    }
}
