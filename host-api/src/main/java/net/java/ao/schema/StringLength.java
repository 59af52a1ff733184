package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Active Objects: the length of a String column; {@link #UNLIMITED} makes it a CLOB/TEXT column. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
    int UNLIMITED = -1;
    int MAX_LENGTH = 450;

    int value();
}
