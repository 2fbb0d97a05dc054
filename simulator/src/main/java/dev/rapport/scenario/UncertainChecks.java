package dev.rapport.scenario;

import dev.rapport.scenario.bind.Binder;
import dev.rapport.scenario.bind.Location;
import dev.rapport.scenario.bind.ValuePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks the {@code uncertain:} section before anything runs: each path names a number of the
 * market (not how the run is made), once; each distribution's parameters are valid; every value
 * it can draw lies in the target's range; and the scenario stays valid with each value at either
 * end of its distribution. A problem found only in the tenth replication would cost nine runs.
 */
final class UncertainChecks {
    /** Keys that say how the run is made rather than what the market is: drawing them makes no sense. */
    private static final List<String> NOT_THE_MARKET = List.of("name", "description", "seed", "replications", "time",
            "outputs", "population.size", "uncertain");
    /** How far into an unbounded tail the scenario is tried: the value a draw passes once in a million. */
    private static final double TAIL = 1e-6;
    /** Most whole values of one parameter each tried alone; beyond, its ends and median only. */
    private static final int MAX_WHOLE_TRIED = 200;

    private final Binder.Result<Scenario> bound;
    private final Consumer<Binder.Result<Scenario>> crossChecks;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    /**
     * @param crossChecks the checks that span several keys ({@link ScenarioChecks}), run on the
     *                    scenario with a value at either end of its distribution
     */
    UncertainChecks(Binder.Result<Scenario> bound, Consumer<Binder.Result<Scenario>> crossChecks) {
        this.bound = bound;
        this.crossChecks = crossChecks;
    }

    void check() {
        List<UncertainParameter> parameters = bound.value().uncertain();
        Map<String, Integer> seen = new HashMap<>();
        boolean allValid = true;
        for (int i = 0; i < parameters.size(); i++) {
            UncertainParameter p = parameters.get(i);
            String at = "uncertain[" + i + "]";
            int before = problems.size();
            ValuePath.Target target = target(p, at);
            Integer earlier = target == null ? null : seen.putIfAbsent(target.canonical(), i);
            if (earlier != null) {
                invalid(at + ".path", "each value once in uncertain", "'" + p.path() + "', the value uncertain[" + earlier
                        + "] already draws", "give one distribution per value; remove this entry or the earlier one");
            }
            if (problems.size() == before) {
                parameters(p, at);
            }
            if (problems.size() == before) {
                support(p, target, at);
            }
            allValid &= problems.size() == before;
        }
        if (allValid && !parameters.isEmpty()) {
            ends(parameters);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    private ValuePath.Target target(UncertainParameter p, String at) {
        String path = normalised(p.path());
        for (String reserved : NOT_THE_MARKET) {
            if (path.equals(reserved) || path.startsWith(reserved + ".") || path.startsWith(reserved + "[")) {
                invalid(at + ".path", "the path of a value of the market (population, network, market, mechanisms, brands, "
                        + "strategies, events)", "'" + p.path() + "', which sets how the run is made",
                        "uncertainty is about the market; vary run settings with --set or a sweep instead");
                return null;
            }
        }
        ValuePath.Target target;
        try {
            target = ValuePath.resolve(bound.value(), p.path());
        } catch (ValuePath.NotFound e) {
            invalid(at + ".path", "the --set path of a number in the scenario", e.getMessage(), e.hint());
            return null;
        }
        if (!target.isNumber()) {
            String hint = target.type().isRecord() || target.type().isInterface()
                    ? "name a number inside it, e.g. " + p.path() + ".<key> (see docs/scenario-reference.md)"
                    : target.type() == List.class ? "pick one number of the list, e.g. " + p.path() + "[0]"
                    : "name a numeric key (see docs/scenario-reference.md)";
            invalid(at + ".path", "the path of a number", "'" + p.path() + "', which holds " + Binder.describeType(target.type()), hint);
            return null;
        }
        return target;
    }

    private static String normalised(String path) {
        return path.strip().replaceAll("\\s+", "");
    }

    /** Each distribution's own parameters. */
    private void parameters(UncertainParameter p, String at) {
        if (p instanceof UncertainParameter.Uniform u) {
            above(at, "high", u.high(), "low", u.low());
        } else if (p instanceof UncertainParameter.Normal n) {
            positive(at, "sd", n.sd(), "a standard deviation above 0", "use a small sd, or fix the value with --set");
            cut(at, n.low(), n.high());
        } else if (p instanceof UncertainParameter.Lognormal l) {
            positive(at, "mean", l.mean(), "a mean above 0 (log-normal values are positive)",
                    "for a value that can be 0 or below, use normal or uniform");
            positive(at, "sd", l.sd(), "a standard deviation above 0", "use a small sd, or fix the value with --set");
            cut(at, l.low(), l.high());
        } else if (p instanceof UncertainParameter.Beta b) {
            positive(at, "alpha", b.alpha(), "a shape above 0", "alpha = beta = 1 is uniform; larger shapes concentrate the values");
            positive(at, "beta", b.beta(), "a shape above 0", "alpha = beta = 1 is uniform; larger shapes concentrate the values");
            above(at, "high", b.high(), "low", b.low());
        } else if (p instanceof UncertainParameter.Triangular t) {
            above(at, "high", t.high(), "low", t.low());
            if (t.low() < t.high() && (t.mode() < t.low() || t.mode() > t.high())) {
                invalid(at + ".mode", "a most likely value from low to high [" + num(t.low()) + ", " + num(t.high()) + "]",
                        num(t.mode()), "the mode is the most likely value, between the lowest and the highest");
            }
        }
        if (problems.stream().noneMatch(q -> q.path().startsWith(at + "."))) {
            // Valid parameters whose cut keeps (almost) nothing of the distribution: every draw would be the cut's edge.
            if (p instanceof UncertainParameter.Normal || p instanceof UncertainParameter.Lognormal) {
                double low = p.quantile(TAIL);
                double high = p.quantile(1 - TAIL);
                if (!(high > low)) {
                    invalid(at, "a cut [low, high] that keeps some of the distribution", "draws all at " + num(low),
                            "move low and high around the mean, or use a uniform");
                }
            }
        }
    }

    private void above(String at, String highKey, double high, String lowKey, double low) {
        if (!(high > low)) {
            invalid(at + "." + highKey, highKey + " above " + lowKey + " (" + num(low) + ")", num(high),
                    high == low ? "a value that is known exactly needs no distribution: set it with --set or in the file"
                            : "swap " + lowKey + " and " + highKey);
        }
    }

    private void positive(String at, String key, double value, String expected, String hint) {
        if (!(value > 0)) {
            invalid(at + "." + key, expected, num(value), hint);
        }
    }

    private void cut(String at, Double low, Double high) {
        if (low != null && high != null && !(high > low)) {
            above(at, "high", high, "low", low);
        }
    }

    /** Every value the distribution can draw lies in the target's range. */
    private void support(UncertainParameter p, ValuePath.Target target, String at) {
        if (target == null) {
            return;
        }
        double min = target.min();
        double max = target.max();
        String range = "[" + num(min) + ", " + num(max) + "]";
        String kind = kind(p);
        boolean unbounded = p instanceof UncertainParameter.Normal || p instanceof UncertainParameter.Lognormal;
        if (p.supportLow() < min) {
            boolean given = !(p instanceof UncertainParameter.Normal n && n.low() == null)
                    && !(p instanceof UncertainParameter.Lognormal l && l.low() == null);
            invalid(given ? at + ".low" : at, "values within " + p.path() + "'s range " + range,
                    kind + " draws " + (Double.isInfinite(p.supportLow()) ? "without a lower limit" : "from " + num(p.supportLow())),
                    unbounded && !given ? "cut it with low: " + num(min) + " (a truncated " + kind + ")"
                            : "raise low to at least " + num(min));
        }
        if (p.supportHigh() > max) {
            boolean given = !(p instanceof UncertainParameter.Normal n && n.high() == null)
                    && !(p instanceof UncertainParameter.Lognormal l && l.high() == null);
            invalid(given ? at + ".high" : at, "values within " + p.path() + "'s range " + range,
                    kind + " draws " + (Double.isInfinite(p.supportHigh()) ? "without an upper limit" : "up to " + num(p.supportHigh())),
                    unbounded && !given ? "cut it with high: " + num(max) + " (a truncated " + kind + ")"
                            : "lower high to at most " + num(max));
        }
    }

    /**
     * The scenario stays valid with each value at either end of its distribution (its
     * millionth quantiles where it has no end) and the others at their medians: checks that span
     * several keys (a segment's shares, an even network degree) would otherwise fail in the middle of a run.
     */
    private void ends(List<UncertainParameter> parameters) {
        UncertainMarket market = new UncertainMarket(bound.value());
        double[] medians = market.medians();
        for (int i = 0; i < parameters.size(); i++) {
            double[] tried = tried(market, i);
            for (int t = 0; t < tried.length; t++) {
                double[] values = medians.clone();
                values[i] = tried[t];
                try {
                    Binder.Result<Scenario> variant = market.bind(values);
                    if (t == 0 || t == tried.length - 1) {
                        // Shares that must sum to 1, weeks within the horizon...: at the ends, where they break first.
                        crossChecks.accept(variant);
                    }
                } catch (ScenarioException e) {
                    ScenarioProblem first = e.problems().get(0);
                    invalid("uncertain[" + i + "]", "a distribution over values the scenario accepts",
                            parameters.get(i).path() + " = " + num(values[i]) + ", which it refuses ("
                                    + (first.path().isEmpty() ? "" : first.path() + ": ") + "expected " + first.expected()
                                    + (first.found() == null ? "" : ", found " + first.found()) + ")",
                            "narrow the distribution to values the scenario accepts");
                    break;
                }
            }
        }
    }

    /**
     * The values of parameter {@code i} tried: its ends and median, and every whole number between
     * when the value is whole and they are few (a network degree must be even, say).
     */
    private static double[] tried(UncertainMarket market, int i) {
        UncertainParameter p = market.parameters().get(i);
        double low = market.fit(i, p.quantile(TAIL));
        double high = market.fit(i, p.quantile(1 - TAIL));
        if (market.isWhole(i) && high - low <= MAX_WHOLE_TRIED) {
            return java.util.stream.DoubleStream.iterate(low, v -> v <= high, v -> v + 1).toArray();
        }
        return new double[] {low, market.fit(i, p.median()), high};
    }

    private static String kind(UncertainParameter p) {
        return p.getClass().getAnnotation(dev.rapport.scenario.bind.Kind.class).value();
    }

    private void invalid(String path, String expected, String found, String hint) {
        Location at = bound.locate(path);
        problems.add(new ScenarioProblem(ScenarioProblem.Code.INVALID, at, path, expected, found, hint));
    }

    private static String num(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.6g", d).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
