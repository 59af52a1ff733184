package io.outloud.preview.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs <a href="https://github.com/dequelabs/axe-core">axe-core</a> (from {@code preview/node_modules/axe-core})
 * against the page currently loaded in a {@link WebDriver}.
 *
 * <pre>{@code
 * Axe.check(driver).assertNoSeriousViolations();
 * }</pre>
 */
public final class Axe {

    /** WCAG 2.0, 2.1 and 2.2 level A and AA rules. */
    public static final List<String> WCAG_A_AA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Impacts that {@link Result#assertNoSeriousViolations()} fails on. */
    public static final List<String> SERIOUS_IMPACTS = List.of("serious", "critical");

    static final String AXE_SCRIPT = "axe-core/axe.min.js";

    private static final Map<Path, String> SCRIPT_CACHE = new ConcurrentHashMap<>();

    // Maps axe's result to plain strings/lists so the WebDriver JSON conversion is predictable. Running CSS
    // transitions (AUI's buttons fade their colours on focus and press) are let finish first: colours read mid-way
    // are a frame no reader sees for long, and a loaded machine caught a just-clicked Save button half-faded.
    private static final String RUN_SCRIPT = """
            var tags = arguments[0];
            var done = arguments[arguments.length - 1];
            function str(t) { return typeof t === 'string' ? t : JSON.stringify(t); }
            var running = document.getAnimations ? document.getAnimations().filter(function (a) {
                return a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity;
            }) : [];
            Promise.race([Promise.all(running.map(function (a) { return a.finished.catch(function () {}); })),
                          new Promise(function (r) { setTimeout(r, 2000); })]).then(function () {
              return window.axe.run(document, {
                runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations']
              });
            }).then(function (r) {
                done({
                    url: r.url,
                    violations: r.violations.map(function (v) {
                        return {
                            id: v.id, impact: v.impact || '', description: v.description || '',
                            help: v.help || '', helpUrl: v.helpUrl || '',
                            nodes: v.nodes.map(function (n) {
                                return { target: (n.target || []).map(str), html: n.html || '',
                                         impact: n.impact || '', failureSummary: n.failureSummary || '' };
                            })
                        };
                    })
                });
            }).catch(function (e) {
                done({ error: String(e && e.stack || e) });
            });
            """;

    private Axe() {
    }

    /** Runs the WCAG 2.x A/AA rules on the current page. */
    public static Result check(WebDriver driver) {
        return check(driver, WCAG_A_AA_TAGS);
    }

    /** Runs the rules carrying any of {@code tags} on the current page. */
    public static Result check(WebDriver driver, List<String> tags) {
        return check(driver, tags, PreviewPaths.nodeModules());
    }

    static Result check(WebDriver driver, List<String> tags, Path nodeModules) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String source = script(nodeModules); // before touching the browser: fail clearly if missing
        Object present = js.executeScript("return !!(window.axe && typeof window.axe.run === 'function');");
        if (!Boolean.TRUE.equals(present)) {
            js.executeScript(source);
        }
        Object raw = js.executeAsyncScript(RUN_SCRIPT, tags);
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalStateException("axe.run returned no result: " + raw);
        }
        if (map.get("error") != null) {
            throw new IllegalStateException("axe.run failed: " + map.get("error"));
        }
        List<Violation> violations = list(map.get("violations")).stream()
                .map(v -> Violation.from((Map<?, ?>) v))
                .toList();
        return new Result(String.valueOf(map.get("url")), List.copyOf(tags), violations);
    }

    /** The axe-core source, read once per node_modules directory. */
    static String script(Path nodeModules) {
        return SCRIPT_CACHE.computeIfAbsent(nodeModules.toAbsolutePath().normalize(), dir -> {
            Path file = PreviewPaths.requireNodeModule(dir, AXE_SCRIPT);
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        });
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    /** The outcome of one axe run. */
    public record Result(String url, List<String> tags, List<Violation> violations) {

        /** Violations with impact serious or critical. */
        public List<Violation> serious() {
            return violations.stream().filter(Violation::isSerious).toList();
        }

        /** Whether a violation of the given rule id (e.g. {@code "image-alt"}) was found. */
        public boolean has(String ruleId) {
            return violations.stream().anyMatch(v -> v.id().equals(ruleId));
        }

        /** Fails listing every serious or critical violation (rule id, impact, help, target nodes). */
        public Result assertNoSeriousViolations() {
            List<Violation> serious = serious();
            if (!serious.isEmpty()) {
                throw new AssertionError(describe(serious));
            }
            return this;
        }

        /** Fails on any violation, whatever its impact. */
        public Result assertNoViolations() {
            if (!violations.isEmpty()) {
                throw new AssertionError(describe(violations));
            }
            return this;
        }

        String describe(List<Violation> which) {
            return "axe found " + which.size() + " accessibility violation(s) " + tags + " on " + url + ":\n"
                    + which.stream().map(Violation::describe).collect(Collectors.joining("\n"));
        }
    }

    /** One failed axe rule with the nodes that fail it. */
    public record Violation(String id, String impact, String description, String help, String helpUrl, List<Node> nodes) {

        static Violation from(Map<?, ?> m) {
            return new Violation(text(m.get("id")), text(m.get("impact")), text(m.get("description")),
                    text(m.get("help")), text(m.get("helpUrl")),
                    list(m.get("nodes")).stream().map(n -> Node.from((Map<?, ?>) n)).toList());
        }

        public boolean isSerious() {
            return SERIOUS_IMPACTS.contains(impact);
        }

        public String describe() {
            StringBuilder sb = new StringBuilder()
                    .append("  - ").append(id).append(" [").append(impact).append("] ").append(help)
                    .append(" (").append(helpUrl).append(')');
            for (Node node : nodes) {
                sb.append("\n      at ").append(String.join(" ", node.target()));
                if (!node.html().isEmpty()) {
                    sb.append("  ").append(abbreviate(node.html()));
                }
            }
            return sb.toString();
        }

        private static String abbreviate(String html) {
            String oneLine = html.replaceAll("\\s+", " ");
            return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
        }
    }

    /** A DOM node failing a rule; {@code target} is its CSS selector path (one entry per frame / shadow root). */
    public record Node(List<String> target, String html, String impact, String failureSummary) {

        static Node from(Map<?, ?> m) {
            return new Node(list(m.get("target")).stream().map(Objects::toString).toList(),
                    text(m.get("html")), text(m.get("impact")), text(m.get("failureSummary")));
        }
    }
}
