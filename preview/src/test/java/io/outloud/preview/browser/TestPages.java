package io.outloud.preview.browser;

/** HTML fixtures for the browser-support tests. */
final class TestPages {

    private TestPages() {
    }

    /** Accessible page; clicking the button changes the status text after a delay (so tests must wait). */
    static final String ACCESSIBLE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Out Loud test page</title></head>
            <body>
            <main>
              <h1>Read this page out loud</h1>
              <p id="status" role="status">Idle</p>
              <button type="button" id="speak">Speak</button>
            </main>
            <script>
              document.getElementById('speak').addEventListener('click', function () {
                setTimeout(function () {
                  document.getElementById('status').textContent = 'Speaking';
                }, 300);
              });
            </script>
            </body>
            </html>
            """;

    /** Serious/critical axe violations: no lang, an image without alt, a button without an accessible name. */
    static final String INACCESSIBLE = """
            <!DOCTYPE html>
            <html>
            <head><meta charset="utf-8"><title>Broken a11y</title></head>
            <body>
            <main>
              <h1>Inaccessible</h1>
              <img id="logo" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" width="10" height="10">
              <button type="button" id="nameless"></button>
            </main>
            </body>
            </html>
            """;

    /** Throws an uncaught error while loading. */
    static final String JS_ERROR = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>JS error</title></head>
            <body>
            <main><h1>Throws</h1></main>
            <script>throw new Error('outloud-boom');</script>
            </body>
            </html>
            """;

    /** jQuery + AUI (as Confluence 9.2 ships it) from node_modules. */
    static final String AUI = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>AUI smoke test</title>
              <link rel="stylesheet" href="/node_modules/@atlassian/aui/dist/aui/aui-prototyping.css">
              <script src="/node_modules/jquery/dist/jquery.min.js"></script>
              <script src="/node_modules/@atlassian/aui/dist/aui/aui-prototyping.js"></script>
            </head>
            <body>
            <main id="content" class="aui-page-panel">
              <h1>Out Loud</h1>
              <div class="aui-message aui-message-info"><p>Listen to this page.</p></div>
              <p><span class="aui-lozenge aui-lozenge-success">ready</span></p>
              <button type="button" id="aui-speak" class="aui-button aui-button-primary">Speak</button>
              <p id="aui-status" role="status"></p>
            </main>
            <script>
              AJS.$(function () {
                AJS.$('#aui-speak').on('click', function () { AJS.$('#aui-status').text('AUI ' + AJS.version); });
                document.body.setAttribute('data-aui-ready', 'true');
              });
            </script>
            </body>
            </html>
            """;
}
