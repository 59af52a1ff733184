package io.outloud.preview.velocity;

import java.util.Arrays;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;

/** Confluence's Anti-XSS opt-in rules for plugin templates. */
final class AntiXssOptIn {
    private AntiXssOptIn() {
    }

    static boolean escapes(Template template) {
        Node root = (Node) template.getData();
        if (containsDirective(root, DisableAntiXssDirective.NAME)) {
            return false;
        }
        return template.getName().endsWith(".html.vm") || inHtmlDirectory(template.getName())
                || containsDirective(root, HtmlSafeDirective.NAME);
    }

    private static boolean inHtmlDirectory(String templateName) {
        String[] segments = templateName.split("/");
        return Arrays.asList(segments).subList(0, segments.length - 1).contains("html");
    }

    private static boolean containsDirective(Node node, String name) {
        if (node instanceof ASTDirective directive && name.equals(directive.getDirectiveName())) {
            return true;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            if (containsDirective(node.jjtGetChild(i), name)) {
                return true;
            }
        }
        return false;
    }
}
