package dev.rapport.report.html;

/**
 * One setting of the scenario or manifest, flattened.
 *
 * @param path  where it is, dotted, e.g. {@code population.size} or {@code strategies[invest].budget}
 * @param value its value as text
 */
public record ParameterRow(String path, String value) {
}
