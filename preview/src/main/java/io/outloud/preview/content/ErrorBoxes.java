package io.outloud.preview.content;

import java.util.Map;

/** The AUI error message Confluence shows in place of content it cannot render. */
final class ErrorBoxes {

    private ErrorBoxes() {
    }

    static String error(String message) {
        return new HtmlWriter()
                .open("div", Map.of("class", "aui-message aui-message-error"))
                .open("p").text(message).close("p")
                .close("div")
                .html();
    }

    static String unknownMacro(String name) {
        return error("Unknown macro: " + name);
    }

    static String macroFailed(String name, String reason) {
        return error("Error rendering macro '" + name + "': " + reason);
    }

    static String unrenderableContent(String reason) {
        return error("Unable to render the page content: " + reason);
    }
}
