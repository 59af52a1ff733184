package io.outloud.preview.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through chromedriver, both from the machine (Debian packages), never downloaded:
 * the driver path is always given explicitly, so Selenium Manager never runs.
 *
 * <p>Binaries: env {@code OUTLOUD_CHROMIUM} / {@code OUTLOUD_CHROMEDRIVER}, default {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}. Each session has a fresh, temporary Chromium profile, deleted on {@link #close()}.
 * Starting a browser takes about a second; one session per test class is the intended use (see
 * {@link BrowserExtension}).
 *
 * <pre>{@code
 * try (BrowserSession browser = BrowserSession.start(baseUrl)) {
 *     browser.open("/plugins/outloud/settings");
 *     browser.waitFor("#outloud-settings").click();
 *     browser.assertNoJsErrors();
 *     browser.assertNoSeriousViolations();
 * }
 * }</pre>
 */
public final class BrowserSession implements AutoCloseable {

    public static final String CHROMIUM_ENV = "OUTLOUD_CHROMIUM";
    public static final String CHROMEDRIVER_ENV = "OUTLOUD_CHROMEDRIVER";
    public static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    public static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    /** The flags Chromium needs on this (closed-network, container) machine. */
    public static final List<String> CHROMIUM_FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,1024");

    private static final AtomicInteger SESSIONS = new AtomicInteger();

    /**
     * Console "errors" that are not the page's fault: Chromium's own favicon request when the host serves none.
     */
    private static final Pattern IGNORED_CONSOLE_ERRORS =
            Pattern.compile("^\\S+/favicon\\.ico - Failed to load resource: .*");

    // Selenium 4.27 bundles CDP bindings up to v131 and warns on every start with a newer Chromium. These
    // tests do not use DevTools, so the warning is noise. Strong references keep the levels from being GC'd.
    private static final List<Logger> QUIETED_LOGGERS = Stream.of(
                    "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
            .map(Logger::getLogger)
            .peek(logger -> logger.setLevel(Level.SEVERE))
            .toList();

    /** A check run on a page before the session leaves it (see {@link #checkCurrentPage()}). */
    @FunctionalInterface
    public interface PageCheck {
        /** Throws {@link AssertionError} when the current page fails the check. */
        void check(BrowserSession session);
    }

    private final URI baseUrl;
    private final Path profileDir;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final List<String> jsErrors = new ArrayList<>();
    private int jsErrorsSeenByPageChecks;
    private final List<PageCheck> pageChecks = new ArrayList<>();
    private final List<String> pageCheckFailures = new ArrayList<>();
    private String currentPage;
    private boolean pageChecksEnabled = true;
    private Duration defaultWait = DEFAULT_WAIT;

    private BrowserSession(URI baseUrl) {
        this.baseUrl = baseUrl;
        File chromium = executable(CHROMIUM_ENV, DEFAULT_CHROMIUM, "chromium");
        File chromedriver = executable(CHROMEDRIVER_ENV, DEFAULT_CHROMEDRIVER, "chromium-driver");
        // Belt and braces: with an explicit driver executable Selenium skips Selenium Manager; the system
        // property covers any code path that looks it up instead.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.getAbsolutePath());
        int n = SESSIONS.incrementAndGet();
        try {
            this.profileDir = Files.createTempDirectory("outloud-chromium-");
            Path logs = Files.createDirectories(PreviewPaths.browserLogsDir());
            this.service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver)
                    .usingAnyFreePort()
                    .withLogFile(logs.resolve("chromedriver-" + ProcessHandle.current().pid() + "-" + n + ".log").toFile())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(CHROMIUM_FLAGS);
        options.addArguments("--user-data-dir=" + profileDir);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profileDir);
            throw new IllegalStateException("Cannot start headless Chromium (" + chromium + ") via " + chromedriver
                    + "; see " + PreviewPaths.browserLogsDir(), e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // axe over a page of 100 hostile texts took over 30 s on 2 cores shared with other builds (load 20): a
        // generous bound, since it only limits how long a hung script is waited for.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    /** Starts Chromium; relative paths given to {@link #open(String)} resolve against {@code baseUrl}. */
    public static BrowserSession start(URI baseUrl) {
        return new BrowserSession(baseUrl);
    }

    public static BrowserSession start(String baseUrl) {
        return start(URI.create(baseUrl));
    }

    /** Whether the browser binaries are present (for assumptions; {@link #start} fails with details otherwise). */
    public static boolean binariesAvailable() {
        return new File(binaryPath(CHROMIUM_ENV, DEFAULT_CHROMIUM)).canExecute()
                && new File(binaryPath(CHROMEDRIVER_ENV, DEFAULT_CHROMEDRIVER)).canExecute();
    }

    private static String binaryPath(String env, String fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static File executable(String env, String fallback, String debianPackage) {
        File file = new File(binaryPath(env, fallback));
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " is missing or not executable. Install it with"
                    + " `apt-get install -y " + debianPackage + "` or point " + env + " at the binary.");
        }
        return file;
    }

    public WebDriver driver() {
        return driver;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** How long {@link #waitFor(String)} and friends wait; default 10 s. */
    public BrowserSession defaultWait(Duration wait) {
        this.defaultWait = wait;
        return this;
    }

    /** Absolute URL for {@code path}: absolute URLs pass through, others are appended to the base URL. */
    public String url(String path) {
        if (path.startsWith("http://") || path.startsWith("https://") || path.startsWith("about:")
                || path.startsWith("data:")) {
            return path;
        }
        String base = baseUrl.toString();
        String trimmedBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmedBase + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * Runs the page checks on the page being left, then loads {@code path} (relative to the base URL) and
     * waits until the document has finished loading.
     */
    public BrowserSession open(String path) {
        checkCurrentPage();
        String url = url(path);
        driver.get(url);
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        currentPage = url;
        return this;
    }

    /** Waits until an element matching {@code css} is visible. */
    public WebElement waitFor(String css) {
        return waitFor(css, defaultWait);
    }

    public WebElement waitFor(String css, Duration timeout) {
        return new WebDriverWait(driver, timeout)
                .withMessage(() -> "no visible element matches '" + css + "' on " + driver.getCurrentUrl())
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until an element matching {@code css} is in the DOM, visible or not. */
    public WebElement waitForPresent(String css) {
        return new WebDriverWait(driver, defaultWait)
                .withMessage(() -> "no element matches '" + css + "' on " + driver.getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element matching {@code css} contains {@code text}. */
    public WebElement waitForText(String css, String text) {
        new WebDriverWait(driver, defaultWait)
                .withMessage(() -> "'" + css + "' never contained '" + text + "'")
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits for an arbitrary condition (a non-null, non-false value). */
    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, defaultWait).until(condition);
    }

    /** Waits until the element is clickable, then clicks it. */
    public WebElement click(String css) {
        WebElement element = new WebDriverWait(driver, defaultWait)
                .withMessage(() -> "'" + css + "' never became clickable")
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        element.click();
        return element;
    }

    public Object executeScript(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Saves a PNG of the viewport as {@code preview/target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!safe.endsWith(".png")) {
            safe += ".png";
        }
        try {
            Path dir = Files.createDirectories(PreviewPaths.screenshotsDir());
            Path file = dir.resolve(safe);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save screenshot " + safe, e);
        }
    }

    /**
     * Console errors (level SEVERE: uncaught exceptions, {@code console.error}, failed resource loads) logged
     * since the session started or since {@link #clearJsErrors()}. A missing {@code /favicon.ico} (requested by
     * Chromium itself) is not counted.
     */
    public List<String> jsErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !IGNORED_CONSOLE_ERRORS.matcher(entry.getMessage()).matches()) {
                jsErrors.add(entry.getMessage());
            }
        }
        return List.copyOf(jsErrors);
    }

    public void clearJsErrors() {
        jsErrors();
        jsErrors.clear();
        jsErrorsSeenByPageChecks = 0;
    }

    public void assertNoJsErrors() {
        List<String> errors = jsErrors();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " JavaScript error(s) in the browser console:\n  "
                    + String.join("\n  ", errors));
        }
    }

    /** Runs axe-core (WCAG 2.x A/AA) on the current page. */
    public Axe.Result axe() {
        return Axe.check(driver);
    }

    /** Fails listing every serious or critical axe violation on the current page. */
    public Axe.Result assertNoSeriousViolations() {
        return axe().assertNoSeriousViolations();
    }

    /** Switches the {@link #addPageCheck page checks} on or off (e.g. for a test visiting a deliberately broken page). */
    public BrowserSession pageChecksEnabled(boolean enabled) {
        this.pageChecksEnabled = enabled;
        return this;
    }

    /** Adds a check run on each page opened with {@link #open(String)} before the session leaves it. */
    public BrowserSession addPageCheck(PageCheck check) {
        pageChecks.add(check);
        return this;
    }

    /** The standard page check: no serious/critical axe violations and no new console errors. */
    public static PageCheck axeAndJsErrorsCheck() {
        return session -> {
            List<String> failures = new ArrayList<>();
            try {
                session.assertNoSeriousViolations();
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
            List<String> newErrors = session.newJsErrorsForPageChecks();
            if (!newErrors.isEmpty()) {
                failures.add(newErrors.size() + " JavaScript error(s):\n  " + String.join("\n  ", newErrors));
            }
            if (!failures.isEmpty()) {
                throw new AssertionError(String.join("\n", failures));
            }
        };
    }

    private List<String> newJsErrorsForPageChecks() {
        List<String> all = jsErrors();
        List<String> fresh = all.subList(Math.min(jsErrorsSeenByPageChecks, all.size()), all.size());
        jsErrorsSeenByPageChecks = all.size();
        return fresh;
    }

    /**
     * Runs the page checks on the page last opened with {@link #open(String)} (if any) and records failures;
     * a page is checked at most once.
     */
    public void checkCurrentPage() {
        if (currentPage == null || pageChecks.isEmpty() || !pageChecksEnabled) {
            return;
        }
        String page = currentPage;
        currentPage = null;
        for (PageCheck check : pageChecks) {
            try {
                check.check(this);
            } catch (AssertionError | RuntimeException e) {
                pageCheckFailures.add(page + ": " + e.getMessage());
            }
        }
    }

    /** Returns and forgets the recorded page-check failures. */
    public List<String> drainPageCheckFailures() {
        List<String> failures = List.copyOf(pageCheckFailures);
        pageCheckFailures.clear();
        return failures;
    }

    /** Leaves the current page unchecked and starts from a blank page with no recorded errors. */
    public void reset() {
        currentPage = null;
        pageCheckFailures.clear();
        driver.get("about:blank");
        clearJsErrors();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(profileDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir; best effort
        }
    }
}
