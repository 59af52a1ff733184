package io.outloud.preview.xss;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The XSS payloads the tests feed through every place a person can put text. Two lists:
 * <ul>
 *   <li>{@link #corpus()}: the classic corpus of {@code /content/xss-corpus.txt} as typed (with {@code alert(1)}),
 *   used by the sanitiser's unit test;</li>
 *   <li>{@link #marked()}: what the browser tests use: that corpus with every plain {@code alert(1)} replaced by a
 *   marker ({@code window.__xss=<id>}), plus payloads of this class aimed at templates (Velocity, AngularJS-like
 *   {@code {{}}}, JS template literals), closing tags ({@code </textarea>}, {@code </script>}), attribute breakouts
 *   and Unicode tricks. A payload that executes sets {@code window.__xss} (or, encoded ones, calls {@code alert},
 *   which the browser tests trap into the same marker).</li>
 * </ul>
 */
public final class XssPayloads {

    /** One payload with the id its marker sets. */
    public record Payload(int id, String text) {
        /**
         * The text as a reader sees it in a one-line place: ASCII whitespace collapsed, invisible format characters
         * (bidi overrides, zero-width spaces) left out, since the app may drop them.
         */
        public String oneLine() {
            return visible(text);
        }
    }

    /** {@code text} with ASCII whitespace collapsed and invisible format characters (format characters, Unicode category Cf) left out. */
    public static String visible(String text) {
        return text.replaceAll("\\p{Cf}", "").replaceAll("\\s+", " ").trim();
    }

    /** {@code %s} is replaced by the marker statement {@code window.__xss=<id>}. */
    private static final List<String> OWN = List.of(
            "<script>%s</script>",
            "</script><script>%s</script>",
            "</textarea><script>%s</script>",
            "</title><script>%s</script>",
            "</style><img src=x onerror=\"%s\">",
            "\"><img src=x onerror=%s>",
            "'><svg onload=%s>",
            "\" onmouseover=\"%s\" data-x=\"",
            "' onfocus='%s' autofocus='",
            "\"><a href=\"javascript:%s\">click</a>",
            "javascript:%s",
            "JaVaScRiPt:%s//",
            "java\tscript:%s",
            "&#106;avascript:%s",
            "data:text/html,<script>%s</script>",
            "<img src=x onerror=\"eval(atob('d2luZG93Ll9feHNzPTE='))\" data-id=\"%s\">",
            "{{constructor.constructor('%s')()}}",
            "{{$on.constructor('%s')()}}",
            "${%s}",
            "`${%s}`",
            "#set($x = \"<img src=x onerror=%s>\")$x",
            "$class.inspect(\"java.lang.Runtime\").type.getRuntime() <img src=x onerror=%s>",
            "$!{request.getSession()}<svg/onload=%s>",
            "#evaluate(\"<script>%s</script>\")",
            "<%%= %s %%>",
            "<div style=\"width: expression(%s)\">css</div>",
            "<style>*{background:url('javascript:%s')}</style>",
            "\\u003cscript\\u003e%s\\u003c/script\\u003e",
            "\uFF1Cscript\uFF1E%s\uFF1C/script\uFF1E",
            "\u202E<img src=x onerror=%s>\u202C",
            "java\u200Bscript:%s",
            "<img src=x onerror=&#x77;indow.__xss=1 data-id=%s>",
            "<svg><script>%s</script></svg>",
            "<iframe srcdoc=\"<script>parent.%s</script>\"></iframe>",
            "<math><mtext><table><mglyph><style><img src=x onerror=%s></style></mglyph></table></mtext></math>",
            "<!--><img src=x onerror=%s>-->",
            "]]><script>%s</script><![CDATA[",
            "<a href=\"#\" onclick=\"%s\">x</a>",
            "<details open ontoggle=%s>x</details>",
            "');%s;('",
            "\");%s;(\"");

    private XssPayloads() {
    }

    /** The classic corpus, as typed (lines of {@code /content/xss-corpus.txt}, comments and blanks left out). */
    public static List<String> corpus() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/content/xss-corpus.txt")) {
            if (in == null) {
                throw new IllegalStateException("/content/xss-corpus.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every payload for the browser, each with its own marker id (1..n). */
    public static List<Payload> marked() {
        List<Payload> payloads = new ArrayList<>();
        for (String own : OWN) {
            int id = payloads.size() + 1;
            payloads.add(new Payload(id, own.formatted("window.__xss=" + id)));
        }
        for (String classic : corpus()) {
            int id = payloads.size() + 1;
            payloads.add(new Payload(id, classic.replace("alert(1)", "window.__xss=" + id)));
        }
        return List.copyOf(payloads);
    }

    /** The text as XML character data (storage format parameters, bodies and titles). */
    public static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
