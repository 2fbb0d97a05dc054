package dev.rapport.scenario.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a scenario key takes when the file leaves it out, written as it would be in YAML.
 * Record-typed keys without this annotation default to a record bound from an empty map (all of
 * its own defaults); lists default to empty.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
    String value();
}
