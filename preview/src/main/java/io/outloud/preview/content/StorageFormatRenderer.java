package io.outloud.preview.content;

import org.w3c.dom.Element;

/**
 * Converts storage format to view HTML as Confluence does when a page is displayed: macros are executed in document
 * order (nested ones first, as part of their parent's body) and everything else is sanitised. Stateless and
 * thread-safe; malformed storage renders as an error message rather than failing the page.
 */
public final class StorageFormatRenderer {

    public String render(String storage, RenderTarget target) {
        return renderWithStats(storage, target).html();
    }

    public RenderResult renderWithStats(String storage, RenderTarget target) {
        Element root;
        try {
            root = StorageParser.parseFragment(storage);
        } catch (MalformedStorageException e) {
            return new RenderResult(ErrorBoxes.unrenderableContent(e.getMessage()), 0);
        }
        StorageToViewConverter converter = new StorageToViewConverter(target);
        String html = converter.convertChildren(root);
        return new RenderResult(html, converter.macroInvocations());
    }
}
