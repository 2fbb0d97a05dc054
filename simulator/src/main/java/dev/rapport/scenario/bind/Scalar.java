package dev.rapport.scenario.bind;

/**
 * A scenario value written as one YAML scalar but bound to a richer type (a week range such as
 * {@code 1-12}, a tick length such as {@code day}). Implementations are records with a public
 * static {@code parse(String)} method that throws {@link IllegalArgumentException} with a message
 * saying what was expected; {@link #toYaml()} gives the text back, for defaults and the schema.
 */
public interface Scalar {
    /** The value as it would be written in a scenario file. */
    String toYaml();
}
