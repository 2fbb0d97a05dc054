package dev.rapport.scenario;

import dev.rapport.scenario.bind.Location;

/**
 * One thing wrong with a scenario, said so that a person can fix it: where (file, line, column and
 * the key path such as {@code brands[1].strategy.plan[3].budget}), what was expected, what was
 * found, and a suggestion where one exists. Tests assert on {@link #code()}, not on the wording.
 */
public record ScenarioProblem(Code code, Location location, String path, String expected, String found,
                              String suggestion) {

    /** The kinds of problem, stable for tests and tools. */
    public enum Code {
        /** Not YAML at all. */
        SYNTAX,
        /** No content. */
        EMPTY,
        /** The input is too large or too deep to read safely. */
        LIMIT,
        /** Not text in UTF-8 (a binary file, a different encoding). */
        ENCODING,
        /** A key given twice in one map. */
        DUPLICATE_KEY,
        /** A key the scenario format does not have. */
        UNKNOWN_KEY,
        /** A required key left out. */
        MISSING_KEY,
        /** A value of the wrong type (text where a number belongs, ...). */
        WRONG_TYPE,
        /** A number outside its allowed range, or NaN or infinite. */
        OUT_OF_RANGE,
        /** A value that is well typed but inconsistent with the rest of the scenario. */
        INVALID,
        /** A file the scenario names (an edge list) is missing or unreadable. */
        FILE,
        /** A --set override that does not fit the scenario. */
        OVERRIDE
    }

    /** The problem as one or two lines for a terminal: {@code file:line:col: path: expected ..., found ...}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(location);
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append("expected ").append(expected);
        if (found != null && !found.isEmpty()) {
            sb.append(", found ").append(found);
        }
        if (suggestion != null && !suggestion.isEmpty()) {
            sb.append("\n    hint: ").append(suggestion);
        }
        return sb.toString();
    }
}
