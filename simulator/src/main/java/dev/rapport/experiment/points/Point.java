package dev.rapport.experiment.points;

import java.util.List;

/**
 * A point of an experiment: its index in the experiment's fixed order and the values it sets,
 * in the order of the experiment's parameters. A point is only overrides of the scenario, so any
 * value the scenario has can be varied.
 */
public record Point(int index, List<Setting> settings) {
    public Point {
        if (index < 0) {
            throw new IllegalArgumentException("point index " + index);
        }
        settings = List.copyOf(settings);
    }

    /** The overrides, as {@code --set} would give them, in parameter order. */
    public List<String> overrides() {
        return settings.stream().map(Setting::override).toList();
    }
}
