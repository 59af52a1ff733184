package io.outloud.preview.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns off {@link BrowserExtension#checkEachPage() per-page checks} for a test method or class, e.g. for a test
 * that deliberately visits a broken page. Say why in {@link #value()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SkipPageChecks {
    String value() default "";
}
