package io.outloud.preview.velocity;

/**
 * Confluence's naming convention for values that already are HTML: a reference whose final name ends with
 * {@code Html} ($bodyHtml, $item.summaryHtml), or a call to a method named {@code *Html} or {@code render*}.
 * Works on the reference as written in the template (what Velocity hands the insertion handler), never on output.
 */
final class HtmlSafeReferences {
    private HtmlSafeReferences() {
    }

    static boolean isHtmlSafe(String referenceLiteral) {
        String last = lastSegment(unwrap(referenceLiteral)).trim();
        if (last.endsWith("]")) {
            return false; // $list[0]: an element, whatever the list is called
        }
        if (last.endsWith(")")) {
            String method = last.substring(0, last.indexOf('(')).trim();
            return method.endsWith("Html") || method.startsWith("render");
        }
        return last.endsWith("Html");
    }

    /** "$!{a.b|'x'}" → "a.b" */
    private static String unwrap(String literal) {
        String body = literal.startsWith("$") ? literal.substring(1) : literal;
        if (body.startsWith("!")) {
            body = body.substring(1);
        }
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1);
            int alternative = lastTopLevel(body, '|');
            if (alternative >= 0) {
                body = body.substring(0, alternative);
            }
        }
        return body;
    }

    private static String lastSegment(String reference) {
        return reference.substring(lastTopLevel(reference, '.') + 1);
    }

    /** Index of the last {@code wanted} outside brackets and string literals, or -1. */
    private static int lastTopLevel(String text, char wanted) {
        int depth = 0;
        char quote = 0;
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == wanted && depth == 0) {
                found = i;
            }
        }
        return found;
    }
}
