package io.outloud.preview.content;

/**
 * Splits raw storage text into markup and verbatim sections (CDATA and comments), so textual rewrites such as
 * entity normalisation and macro-id assignment never touch text that XML keeps literally.
 */
final class MarkupSections {

    interface Visitor {
        void markup(String text);

        void verbatim(String text);
    }

    private static final String[][] VERBATIM = {{"<![CDATA[", "]]>"}, {"<!--", "-->"}};

    private MarkupSections() {
    }

    static void visit(String storage, Visitor visitor) {
        int position = 0;
        while (position < storage.length()) {
            int start = storage.length();
            String end = null;
            for (String[] delimiters : VERBATIM) {
                int found = storage.indexOf(delimiters[0], position);
                if (found >= 0 && found < start) {
                    start = found;
                    end = delimiters[1];
                }
            }
            if (start > position) {
                visitor.markup(storage.substring(position, start));
            }
            if (end == null) {
                return;
            }
            int close = storage.indexOf(end, start);
            // An unterminated section runs to the end; the XML parser reports it.
            int after = close < 0 ? storage.length() : close + end.length();
            visitor.verbatim(storage.substring(start, after));
            position = after;
        }
    }
}
