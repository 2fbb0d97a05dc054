package dev.rapport.experiment.discovery;

import dev.rapport.experiment.analysis.Design;
import dev.rapport.experiment.analysis.LatinHypercube;
import dev.rapport.experiment.analysis.SobolPoints;
import dev.rapport.experiment.points.PointSet;
import dev.rapport.experiment.points.SweepPlan;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.SweepSpec;
import dev.rapport.scenario.SweptParameter;
import dev.rapport.scenario.UncertainMarket;
import dev.rapport.scenario.UncertainParameter;
import dev.rapport.scenario.bind.Location;
import dev.rapport.scenario.bind.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The futures {@code rapport discover} sweeps when no {@code --vary} is given: the scenario's
 * {@code uncertain:} parameters, drawn from the uncertainty the section states rather than from
 * flat ranges. The design (a Latin hypercube, or Sobol points) is placed in probability space and
 * each coordinate mapped through its parameter's inverse distribution function, so a likely value
 * is swept as often as it is likely; the points hold the values themselves, so PRIM's boxes are in
 * the parameters' own units. Each point sets every uncertain value, so no run there draws them
 * again (a point's own value wins): its replications differ by seed noise alone.
 */
public final class UncertainFutures {
    /** What {@code sweep.json} calls the design: the placement, in probability space. */
    static final String PREFIX = "uncertain_";

    private UncertainFutures() {
    }

    /**
     * @param design       where points go in probability space: latin_hypercube or sobol
     * @param replications at every point; null: the scenario's
     * @throws IllegalArgumentException when the scenario has no {@code uncertain:} section
     */
    public static SweepPlan of(LoadedScenario scenario, SweepSpec.Design design, int points, Integer replications) {
        List<UncertainParameter> uncertain = scenario.scenario().uncertain();
        if (uncertain.isEmpty()) {
            throw new IllegalArgumentException("the scenario has no uncertain: section to discover over; give the ranges with "
                    + "--vary PATH=LOW:HIGH, or add an uncertain: section");
        }
        int dims = uncertain.size();
        Design placed = switch (design) {
            // The design's own stream, as a sweep's: the same scenario seed gives the same futures.
            case LATIN_HYPERCUBE -> new LatinHypercube(dims, points, scenario.scenario().seed() ^ 0x5EEDL);
            case SOBOL -> SobolPoints.of(dims, points);
            case GRID -> throw new IllegalArgumentException("futures are placed by latin_hypercube or sobol, not a grid");
        };
        UncertainMarket market = new UncertainMarket(scenario.scenario());
        double[][] unit = placed.points();
        double[] values = new double[unit.length * dims];
        double[] low = new double[dims];
        double[] high = new double[dims];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        // n points resolve probability to 1/n: no point goes past the outer half-stratum, where an
        // unbounded distribution's inverse runs off to infinity (a Sobol sequence starts at 0).
        double edge = 0.5 / unit.length;
        for (int i = 0; i < unit.length; i++) {
            double[] u = new double[dims];
            for (int d = 0; d < dims; d++) {
                u[d] = Math.min(1 - edge, Math.max(edge, unit[i][d]));
            }
            double[] x = market.values(u);
            for (int d = 0; d < dims; d++) {
                values[i * dims + d] = x[d];
                low[d] = Math.min(low[d], x[d]);
                high[d] = Math.max(high[d], x[d]);
            }
        }
        // The sweep's own checks over the span of the values drawn: each path set at both ends, its probes for memory.
        List<SweptParameter> spans = new ArrayList<>();
        List<Location> origins = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
            spans.add(new SweptParameter(uncertain.get(d).path().strip(), low[d], high[d], 3));
            origins.add(Location.of("uncertain[" + d + "]"));
        }
        SweepPlan checked = SweepPlan.of(scenario, new SweepSpec(design, points, replications, spans), origins);
        List<String> paths = checked.parameters().stream().map(SweepPlan.Parameter::path).toList();
        return new SweepPlan(scenario, PREFIX + Names.yamlConstant(design), checked.parameters(),
                PointSet.of(paths, values), checked.replications(), checked.metrics(), checked.probes());
    }
}
