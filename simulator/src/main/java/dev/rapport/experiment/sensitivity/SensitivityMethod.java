package dev.rapport.experiment.sensitivity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a sensitivity analysis places its points and what it estimates from them. */
public enum SensitivityMethod {
    /** One at a time: the base point, then each parameter at its low and its high (1 + 2k points); tornado swings. */
    OAT("one_at_a_time"),
    /** Morris trajectories, r(k + 1) points; mu, mu* and sigma of the elementary effects. */
    MORRIS("morris"),
    /** Saltelli's design, N(k + 2) points; first-order and total Sobol indices with bootstrap intervals. */
    SOBOL("saltelli");

    private final String design;

    SensitivityMethod(String design) {
        this.design = design;
    }

    /** The name in {@code sensitivity.csv}'s method column and on the command line: oat, morris, sobol. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What {@code sweep.json} calls the design. */
    public String design() {
        return design;
    }

    public static Optional<SensitivityMethod> byLabel(String text) {
        return Arrays.stream(values()).filter(m -> m.label().equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
