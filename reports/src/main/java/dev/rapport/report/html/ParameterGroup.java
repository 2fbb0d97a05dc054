package dev.rapport.report.html;

import java.util.List;

/**
 * The settings under one top-level key of a JSON file.
 *
 * @param name the top-level key, or "general" for top-level values
 * @param rows the settings, in file order
 */
public record ParameterGroup(String name, List<ParameterRow> rows) {

    public ParameterGroup {
        rows = List.copyOf(rows);
    }
}
