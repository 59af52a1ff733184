package io.outloud.preview.content;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks parsed storage format and writes view HTML: macros are executed, Confluence elements are turned into
 * harmless HTML, plain XHTML goes through {@link ViewHtmlPolicy}, and all text is escaped. One instance per rendering.
 */
final class StorageToViewConverter {

    private final MacroInvoker macros;
    private final ConfluenceElements confluenceElements = new ConfluenceElements(this);

    StorageToViewConverter(RenderTarget target) {
        this.macros = new MacroInvoker(target, this::convertChildren);
    }

    String convertChildren(Element parent) {
        HtmlWriter out = new HtmlWriter();
        writeChildren(parent, out);
        return out.html();
    }

    int macroInvocations() {
        return macros.invocations();
    }

    void writeChildren(Element parent, HtmlWriter out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.text(child.getNodeValue());
                case Node.ELEMENT_NODE -> writeElement((Element) child, out);
                default -> {
                    // comments and processing instructions never reach the view
                }
            }
        }
    }

    private void writeElement(Element element, HtmlWriter out) {
        if (element.getTagName().equals(MacroElement.TAG)) {
            out.raw(macros.invoke(MacroElement.read(element)));
        } else if (element.getTagName().indexOf(':') >= 0) {
            confluenceElements.write(element, out);
        } else if (!ViewHtmlPolicy.dropsWithContent(element.getTagName())) {
            ViewHtmlPolicy.allowedElement(element).ifPresentOrElse(
                    name -> {
                        out.open(name, ViewHtmlPolicy.safeAttributes(name, element));
                        writeChildren(element, out);
                        out.close(name);
                    },
                    () -> writeChildren(element, out)); // unknown element: unwrapped, its text escaped
        }
    }
}
