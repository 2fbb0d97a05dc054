package dev.rapport.experiment.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.experiment.ExperimentInputException;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.bind.Location;
import dev.rapport.scenario.bind.Names;
import dev.rapport.scenario.bind.TreeWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A calibration made concrete and checked: the scenario, the values to fit (each path checked by
 * loading the scenario at both ends of its range, with the scenario's own messages, as a sweep
 * checks its parameters), the strategy the data describe, the observed data, and how to search.
 *
 * @param replications  runs per candidate, on common random numbers
 * @param evaluations   most candidates the optimiser may try
 * @param profilePoints values of each parameter on its profile grid
 * @param profileEvaluations most candidates per profile point when the others are re-fitted
 * @param seed          the optimiser's own seed (the runs' seeds are the scenario's)
 */
public record CalibrationPlan(LoadedScenario scenario, List<Parameter> parameters, String strategy, ObservedData data,
                              int replications, Method method, int evaluations, int profilePoints,
                              int profileEvaluations, long seed) {

    /** The optimisers on offer (Commons Math 3.6.1). */
    public enum Method {
        CMAES, NELDER_MEAD;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Method parse(String text) {
            for (Method m : values()) {
                if (m.label().equals(text.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    return m;
                }
            }
            throw new ExperimentInputException("--method must be cmaes or nelder-mead, not '" + text + "'");
        }
    }

    /**
     * A value to fit.
     *
     * @param start where the search starts: the scenario's own value when inside the range, else its middle
     * @param whole the scenario takes whole numbers there: candidates are rounded
     */
    public record Parameter(String path, double low, double high, double start, boolean whole)
            implements java.io.Serializable {
        /** The value at {@code unit} in [0, 1] of the range (clamped), rounded where it must be whole. */
        public double at(double unit) {
            double u = Math.max(0, Math.min(1, unit));
            double v = u >= 1 ? high : low + u * (high - low);
            return whole ? Math.rint(v) : v;
        }

        /** Where {@code value} lies in the range, from 0 to 1. */
        public double unit(double value) {
            return high == low ? 0.5 : (value - low) / (high - low);
        }
    }

    public CalibrationPlan {
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty()) {
            throw new ExperimentInputException("nothing to fit: give --fit PATH=LOW:HIGH, e.g. "
                    + "--fit mechanisms.word_of_mouth.trial_rate=0.005:0.05");
        }
        if (replications < 1 || evaluations < 2 || profilePoints < 3 || profileEvaluations < 1) {
            throw new ExperimentInputException("a calibration needs at least 1 replication, 2 evaluations, 3 profile "
                    + "points and 1 evaluation per profile point");
        }
    }

    /**
     * Checks the values to fit against the scenario.
     *
     * @param fits     each value's path and range, as {@code --fit} gives them
     * @param origins  where each was given, for messages
     * @param strategy the strategy the data describe, or null for the scenario's first
     * @throws dev.rapport.scenario.ScenarioException for a path or range the scenario does not allow
     */
    public static CalibrationPlan of(LoadedScenario scenario, List<SweptParameter> fits, List<Location> origins,
                                     String strategy, ObservedData data, int replications, Method method,
                                     int evaluations, int profilePoints, int profileEvaluations, long seed) {
        if (fits.isEmpty()) {
            throw new ExperimentInputException("nothing to fit: give --fit PATH=LOW:HIGH, e.g. "
                    + "--fit mechanisms.word_of_mouth.trial_rate=0.005:0.05");
        }
        for (SweptParameter f : fits) {
            if (!(f.high() > f.low())) {
                throw new ExperimentInputException("--fit " + f.path() + "=" + f.low() + ":" + f.high()
                        + ": HIGH must be above LOW, a range to search");
            }
        }
        // The sweep's checks of a path and its range: an unknown path, a value out of its range, a
        // switch rather than a number are refused with the scenario's own messages.
        SweepPlan checked = SweepPlan.of(scenario, new SweepSpec(SweepSpec.Design.GRID, 2, 1, fits.stream()
                .map(f -> new SweptParameter(f.path(), f.low(), f.high(), 2)).toList()), origins);
        JsonNode tree = TreeWriter.write(scenario.scenario());
        List<Parameter> parameters = new ArrayList<>();
        for (SweepPlan.Parameter p : checked.parameters()) {
            JsonNode now = ScenarioTree.get(tree, p.path());
            double start = now != null && now.isNumber() && now.asDouble() >= p.low() && now.asDouble() <= p.high()
                    ? now.asDouble() : (p.low() + p.high()) / 2;
            parameters.add(new Parameter(p.path(), p.low(), p.high(), p.whole() ? Math.rint(start) : start, p.whole()));
        }
        return new CalibrationPlan(scenario, parameters, strategyName(scenario, strategy), data, replications, method,
                evaluations, profilePoints, profileEvaluations, seed);
    }

    private static String strategyName(LoadedScenario scenario, String asked) {
        List<String> names = scenario.scenario().effectiveStrategies().stream().map(StrategySpec::name).toList();
        if (asked == null) {
            return names.get(0);
        }
        if (!names.contains(asked)) {
            String near = Names.closest(asked, names);
            throw new ExperimentInputException("--strategy " + asked + ": the scenario has no such strategy; it has "
                    + String.join(", ", names) + (near != null ? " (did you mean " + near + "?)" : ""));
        }
        return asked;
    }

    public int dimensions() {
        return parameters.size();
    }

    /** The candidates a whole calibration may evaluate: the search, then every profile point. */
    public int capacity() {
        int perProfilePoint = parameters.size() == 1 ? 1 : profileEvaluations;
        return evaluations + parameters.size() * profilePoints * perProfilePoint;
    }

    /** The values of a candidate at unit coordinates. */
    double[] values(double[] unit) {
        double[] out = new double[unit.length];
        for (int d = 0; d < unit.length; d++) {
            out[d] = parameters.get(d).at(unit[d]);
        }
        return out;
    }
}
