package io.outloud.thought;

/** Half-finished thoughts as a page's storage format writes them: parameters escaped, then the rich-text body. */
final class ThoughtMarkup {
    private ThoughtMarkup() {
    }

    /** A thought with these parameters, given as name, value, name, value... */
    static String thought(String macroId, String... parameters) {
        return macro(StorageThoughts.MACRO_NAME, macroId, parameters);
    }

    static String macro(String name, String macroId, String... parameters) {
        if (parameters.length % 2 != 0) {
            throw new IllegalArgumentException("name, value pairs");
        }
        StringBuilder markup = new StringBuilder("<ac:structured-macro ac:name=\"").append(name)
                .append("\" ac:schema-version=\"1\" ac:macro-id=\"").append(macroId).append("\">");
        for (int i = 0; i < parameters.length; i += 2) {
            markup.append("<ac:parameter ac:name=\"").append(parameters[i]).append("\">").append(escape(parameters[i + 1]))
                    .append("</ac:parameter>");
        }
        return markup.append("<ac:rich-text-body><p>Draft notes</p></ac:rich-text-body></ac:structured-macro>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
