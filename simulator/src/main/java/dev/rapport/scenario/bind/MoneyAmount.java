package dev.rapport.scenario.bind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a number that is an amount of money: besides plain numbers it may be written as people
 * write money, {@code 150k}, {@code 1.2M} or {@code 2bn} (see {@link MoneyText}), in the file and
 * in {@code --set}. The reference and the JSON Schema show such keys as money.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MoneyAmount {
}
