package io.outloud.preview.content;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Macro bookkeeping for the page store: listing a page's macros and giving new macros their id on save. */
public final class StorageMacros {

    private static final Pattern MACRO_START_TAG = Pattern.compile("<" + MacroElement.TAG + "(?=[\\s/>])");
    private static final Pattern MACRO_ID_ATTRIBUTE = Pattern.compile("\\sac:macro-id\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

    private StorageMacros() {
    }

    /** Every macro in document order, nested ones included. Throws {@link MalformedStorageException}. */
    public static List<MacroOccurrence> findMacros(String storage) {
        NodeList macros = StorageParser.parseFragment(storage).getElementsByTagName(MacroElement.TAG);
        List<MacroOccurrence> found = new ArrayList<>(macros.getLength());
        for (int i = 0; i < macros.getLength(); i++) {
            found.add(MacroElement.read((Element) macros.item(i)).occurrence());
        }
        return found;
    }

    /**
     * What Confluence does on save: every macro without an {@code ac:macro-id} (or with an empty one) gets a new UUID.
     * The text is edited in place, so everything else stays byte for byte. Throws {@link MalformedStorageException}.
     */
    public static String assignMissingMacroIds(String storage) {
        return assignMissingMacroIds(storage, () -> UUID.randomUUID().toString());
    }

    static String assignMissingMacroIds(String storage, Supplier<String> newIds) {
        StorageParser.parseFragment(storage); // only well-formed storage is edited, so tag scanning below is sound
        StringBuilder out = new StringBuilder(storage.length() + 64);
        MarkupSections.visit(storage, new MarkupSections.Visitor() {
            @Override
            public void markup(String text) {
                out.append(withIds(text, newIds));
            }

            @Override
            public void verbatim(String text) {
                out.append(text);
            }
        });
        return out.toString();
    }

    private static String withIds(String markup, Supplier<String> newIds) {
        StringBuilder out = new StringBuilder(markup.length());
        Matcher start = MACRO_START_TAG.matcher(markup);
        int copied = 0;
        while (start.find(copied)) {
            int tagEnd = endOfTag(markup, start.end());
            out.append(markup, copied, start.end());
            out.append(withId(markup.substring(start.end(), tagEnd), newIds));
            copied = tagEnd;
        }
        return out.append(markup, copied, markup.length()).toString();
    }

    /** Index just past the tag's closing '>', skipping quoted attribute values (well-formed XML has no '<' in them). */
    private static int endOfTag(String markup, int from) {
        char quote = 0;
        for (int i = from; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return markup.length();
    }

    private static String withId(String attributes, Supplier<String> newIds) {
        Matcher existing = MACRO_ID_ATTRIBUTE.matcher(attributes);
        if (!existing.find()) {
            return " ac:macro-id=\"" + newIds.get() + "\"" + attributes;
        }
        String value = existing.group(2) != null ? existing.group(2) : existing.group(3);
        if (!value.isBlank()) {
            return attributes;
        }
        return attributes.substring(0, existing.start(1)) + "\"" + newIds.get() + "\"" + attributes.substring(existing.end(1));
    }
}
