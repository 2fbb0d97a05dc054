package dev.rapport.scenario.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names one record of a sealed scenario type in YAML, e.g. {@code lever: advertising}. The sealed
 * interface itself carries {@link Discriminator}, naming the key that selects the kind.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Kind {
    String value();
}
