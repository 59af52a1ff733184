package net.java.ao;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Active Objects: columns loaded with every query of the entity ({@link #ALL} for all of them), so that
 * reading an entity's properties costs no further statements.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Preload {
    String ALL = "*";

    String[] value() default {ALL};
}
