package io.outloud.preview.browser;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension owning one {@link BrowserSession} per test class. Register it in a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserExtension browser = BrowserExtension.forBaseUrl(() -> host.baseUrl()).checkEachPage();
 *
 * @Test
 * void settingsPage(BrowserSession session) {   // or browser.session()
 *     session.open("/settings");
 * }
 * }</pre>
 *
 * The browser starts lazily before the first test (so the base URL supplier may depend on a server started in
 * {@code @BeforeAll}) and closes when the test class finishes. Before each test the session is reset to a blank
 * page with no recorded console errors.
 *
 * <p>With {@link #checkEachPage()}, every page a test opens via {@link BrowserSession#open(String)} is checked
 * when the test leaves it and at the end of the test: no serious/critical axe violations, no console errors.
 * Failures fail the test. {@link SkipPageChecks} opts a test or class out.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** {@code -Doutloud.browser.skip=true} aborts (skips) the browser tests, e.g. on a machine without Chromium. */
    public static final String SKIP_PROPERTY = "outloud.browser.skip";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    private final Supplier<?> baseUrl;
    private boolean checkEachPage;
    private BrowserSession session;

    private BrowserExtension(Supplier<?> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code baseUrl} supplies a {@link URI} or a String; it is called once, when the browser starts. */
    public static BrowserExtension forBaseUrl(Supplier<?> baseUrl) {
        return new BrowserExtension(baseUrl);
    }

    /** Run axe (serious/critical WCAG A/AA violations) and the console-error check on every page visited. */
    public BrowserExtension checkEachPage() {
        this.checkEachPage = true;
        return this;
    }

    /** The session; only valid while a test of the class runs. */
    public BrowserSession session() {
        if (session == null) {
            throw new IllegalStateException("BrowserExtension: no session yet - it starts before each test");
        }
        return session;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY), "browser tests skipped (-D" + SKIP_PROPERTY + "=true)");
        if (session == null) {
            session = BrowserSession.start(URI.create(String.valueOf(baseUrl.get())));
            if (checkEachPage) {
                session.addPageCheck(BrowserSession.axeAndJsErrorsCheck());
            }
            BrowserSession started = session;
            // Close with the class (or, for an instance field, the outermost context that owns us).
            ExtensionContext owner = context.getParent().orElse(context);
            owner.getStore(NAMESPACE).put(new Object(), (ExtensionContext.Store.CloseableResource) () -> {
                started.close();
                if (session == started) {
                    session = null;
                }
            });
        }
        session.reset();
        session.pageChecksEnabled(!skipped(context));
    }

    private static boolean skipped(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, SkipPageChecks.class)).orElse(false)
                || context.getTestClass().map(c -> AnnotationSupport.isAnnotated(c, SkipPageChecks.class)).orElse(false);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (session == null) {
            return;
        }
        if (skipped(context) || context.getExecutionException().isPresent()) {
            session.drainPageCheckFailures();
            return;
        }
        session.checkCurrentPage();
        List<String> failures = session.drainPageCheckFailures();
        if (!failures.isEmpty()) {
            throw new AssertionError("Page checks failed for " + failures.size() + " page(s):\n"
                    + String.join("\n", failures));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        return parameterContext.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        return session();
    }
}
