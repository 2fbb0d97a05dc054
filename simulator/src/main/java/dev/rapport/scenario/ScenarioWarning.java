package dev.rapport.scenario;

import dev.rapport.scenario.bind.Location;

/**
 * Something in a valid scenario that is probably not what its author meant, said with where it is
 * and what to do about it: a plan that spends more than its budget, a lever whose weeks reach past
 * the horizon, advertising loud enough to annoy. A warning never stops a run. Tests assert on
 * {@link #code()}, not on the wording.
 */
public record ScenarioWarning(Code code, Location location, String path, String message, String hint) {

    /** The kinds of warning, stable for tests and tools. */
    public enum Code {
        /** A plan asks for more money than its budget holds by the horizon. */
        OVERSPEND,
        /** A plan line's weeks end after the horizon: those weeks never come. */
        PAST_HORIZON,
        /** Planned advertising pressure per person above the shouting threshold. */
        SHOUTING
    }

    /** The warning as one or two lines for a terminal: {@code file:line:col: path: message}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(location).append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(message);
        if (hint != null && !hint.isEmpty()) {
            sb.append("\n    hint: ").append(hint);
        }
        return sb.toString();
    }
}
