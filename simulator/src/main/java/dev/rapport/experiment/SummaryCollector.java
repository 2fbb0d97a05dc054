package dev.rapport.experiment;

import dev.rapport.model.Metric;
import dev.rapport.report.results.StrategyInfo;
import dev.rapport.report.results.StrategyKind;
import dev.rapport.report.stats.BreakEven;
import dev.rapport.report.stats.BreakEvenPairs;
import dev.rapport.report.stats.Payback;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Keeps, for every strategy, brand, metric and checkpoint, one value per replication, and for the
 * focal brand each replication's payback week against the baseline and break-even week against
 * every other strategy: all that summaries need, so memory grows with replications by a few
 * numbers each, never with the series.
 */
final class SummaryCollector {
    /** The incremental ROI: incremental cumulative profit over the strategy's own marketing spend. */
    static final String INCREMENTAL_ROI = "incremental_roi";

    private final List<String> strategies;
    private final List<String> kinds;
    private final List<String> brands;
    private final int[] checkpointTicks;
    private final double[] checkpointWeeks;
    private final int replications;
    private final List<Metric> metrics;
    private final Map<Metric, String> notApplicable;
    private final int focal;
    private final int baseline;
    private final double level;
    private final double firstWeek;
    private final int[] discountWindows;
    private final double[][][][][] values; // [strategy][brand][checkpoint][metric][replication]
    private final double[][] paybacks; // [strategy][replication]
    private final double[][][] crossings; // [strategy][other strategy][replication]
    private final boolean[][] seen;

    /**
     * @param kinds    each strategy's declared kind (spend, invest...), to choose the break-even pairs as the report does
     * @param baseline index of the do-nothing strategy, or -1
     * @param level     confidence level of every interval
     * @param firstWeek the first recorded week after week 0: a strategy ahead from then on overtakes nothing
     * @param discountWindows each strategy's discount windows (its plan's discount lines)
     * @param notApplicable   the metrics left out of {@code metrics} because they do not apply, with the reason
     */
    SummaryCollector(List<String> strategies, List<String> kinds, List<String> brands, int[] checkpointTicks,
                     double[] checkpointWeeks, int replications, List<Metric> metrics, int focal, int baseline,
                     double level, double firstWeek, int[] discountWindows,
                     Map<Metric, String> notApplicable) {
        this.strategies = strategies;
        this.kinds = kinds;
        this.brands = brands;
        this.checkpointTicks = checkpointTicks;
        this.checkpointWeeks = checkpointWeeks;
        this.replications = replications;
        this.metrics = List.copyOf(metrics);
        this.focal = focal;
        this.baseline = baseline;
        this.level = level;
        this.firstWeek = firstWeek;
        this.discountWindows = discountWindows.clone();
        this.notApplicable = notApplicable.isEmpty() ? Map.of() : new EnumMap<>(notApplicable);
        values = new double[strategies.size()][brands.size()][checkpointTicks.length][metrics.size()][replications];
        paybacks = new double[strategies.size()][replications];
        crossings = new double[strategies.size()][strategies.size()][replications];
        seen = new boolean[strategies.size()][replications];
    }

    /** Numbers per run that {@link #extract} keeps. */
    int width() {
        return brands.size() * checkpointTicks.length * metrics.size() + 1 + strategies.size();
    }

    /**
     * What summaries need of strategy {@code s}'s run, flat, so that a finished replication can be
     * saved and resumed exactly: its metrics at the checkpoints, its payback week against the
     * baseline (NaN without one) and its break-even week against every strategy (NaN against itself).
     *
     * @param runs every strategy's run of one replication, incremental metrics filled in
     */
    double[] extract(RunSeries[] runs, int s) {
        RunSeries run = runs[s];
        double[] flat = new double[width()];
        int i = 0;
        for (int b = 0; b < brands.size(); b++) {
            for (int c = 0; c < checkpointTicks.length; c++) {
                for (Metric m : metrics) {
                    flat[i++] = run.valueAt(checkpointTicks[c], b, m);
                }
            }
        }
        double[] weeks = focalWeeks(run);
        flat[i++] = baseline < 0 ? Double.NaN
                : Payback.week(focalSeries(run, Metric.INCREMENTAL_CUMULATIVE_PROFIT), t -> weeks[t]);
        double[] profit = focalSeries(run, Metric.CUMULATIVE_PROFIT);
        for (int o = 0; o < runs.length; o++) {
            if (o == s) {
                flat[i++] = Double.NaN;
                continue;
            }
            double[] other = focalSeries(runs[o], Metric.CUMULATIVE_PROFIT);
            double[] difference = new double[profit.length];
            for (int t = 0; t < profit.length; t++) {
                difference[t] = profit[t] - other[t];
            }
            flat[i++] = BreakEven.crossingWeek(difference, t -> weeks[t]);
        }
        return flat;
    }

    private double[] focalSeries(RunSeries run, Metric m) {
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < run.records(); r++) {
            if (run.brand(r) == focal) {
                out.add(run.value(r, m));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double[] focalWeeks(RunSeries run) {
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < run.records(); r++) {
            if (run.brand(r) == focal) {
                out.add(run.week(r));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The focal brand's value of {@code metric} at the horizon in values as {@link #extract} gave them; NaN when not recorded. */
    double focalAtHorizon(double[] flat, Metric metric) {
        int m = metrics.indexOf(metric);
        if (m < 0) {
            return Double.NaN;
        }
        return flat[(focal * checkpointTicks.length + checkpointTicks.length - 1) * metrics.size() + m];
    }

    /** Adds a run's values as {@link #extract} gave them. */
    void put(int strategy, int replication, double[] flat) {
        int i = 0;
        for (int b = 0; b < brands.size(); b++) {
            for (int c = 0; c < checkpointTicks.length; c++) {
                for (int m = 0; m < metrics.size(); m++) {
                    values[strategy][b][c][m][replication] = flat[i++];
                }
            }
        }
        paybacks[strategy][replication] = flat[i++];
        for (int o = 0; o < strategies.size(); o++) {
            crossings[strategy][o][replication] = flat[i++];
        }
        seen[strategy][replication] = true;
    }

    Summary summarise(String objective) {
        List<MetricSummary> rows = new ArrayList<>();
        int roiSource = metrics.indexOf(Metric.INCREMENTAL_CUMULATIVE_PROFIT);
        int spend = metrics.indexOf(Metric.CUMULATIVE_SPEND);
        for (int s = 0; s < strategies.size(); s++) {
            for (int b = 0; b < brands.size(); b++) {
                // Metric order, those that do not apply in their place with their reason and no values.
                for (Metric metric : Metric.values()) {
                    int m = metrics.indexOf(metric);
                    String reason = notApplicable.get(metric);
                    for (int c = 0; c < checkpointTicks.length; c++) {
                        if (m >= 0) {
                            rows.add(row(s, b, metric.column(), c, completed(s, values[s][b][c][m])));
                        } else if (reason != null) {
                            rows.add(new MetricSummary(strategies.get(s), brands.get(b), metric.column(),
                                    checkpointWeeks[c], replicationsOf(s), null, null, null, null,
                                    reason));
                        }
                    }
                }
                if (baseline >= 0) {
                    for (int c = 0; c < checkpointTicks.length; c++) {
                        rows.add(row(s, b, INCREMENTAL_ROI, c, roi(s, values[s][b][c][roiSource], values[s][b][c][spend])));
                    }
                }
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        int horizon = checkpointTicks.length - 1;
        for (Metric m : Summary.comparedMetrics(objective)) {
            if (!metrics.contains(m)) {
                continue;
            }
            for (int a = 0; a < strategies.size(); a++) {
                for (int b = 0; b < strategies.size(); b++) {
                    if (a != b) {
                        comparisons.add(compare(m, focal, horizon, a, b));
                    }
                }
            }
        }
        return new Summary(checkpointWeeks[horizon], objective, brands.get(focal), level,
                baseline < 0 ? null : strategies.get(baseline), rows, comparisons, paybacks(), breakEvens(), plans(),
                notApplicableByColumn());
    }

    private Map<String, String> notApplicableByColumn() {
        Map<String, String> out = new LinkedHashMap<>();
        notApplicable.forEach((m, reason) -> out.put(m.column(), reason));
        return out;
    }

    /** What of each strategy's plan its budget let the focal brand carry out by the horizon. */
    private List<PlanSummary> plans() {
        int horizon = checkpointTicks.length - 1;
        int usedUp = metrics.indexOf(Metric.BUDGET_USED_UP_WEEK);
        int carried = metrics.indexOf(Metric.PLAN_CARRIED_OUT);
        int windows = metrics.indexOf(Metric.DISCOUNT_WINDOWS_MISSED);
        List<PlanSummary> out = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            double[][] at = values[s][focal][horizon];
            if (completed(s, at[usedUp]).length > 0) {
                out.add(PlanSummary.of(strategies.get(s), brands.get(focal), completed(s, at[usedUp]),
                        completed(s, at[carried]), completed(s, at[windows]), discountWindows[s]));
            }
        }
        return out;
    }

    private MetricSummary row(int s, int b, String metric, int c, double[] v) {
        Statistics.Estimate st = Statistics.meanSdInterval(v, level);
        return new MetricSummary(strategies.get(s), brands.get(b), metric, checkpointWeeks[c], v.length, st.mean(),
                st.sd(), st.ciLow(), st.ciHigh(), null);
    }

    /** Incremental profit over spend per replication; replications that spent nothing have no ROI and are left out. */
    private double[] roi(int s, double[] incremental, double[] spend) {
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            if (seen[s][r] && spend[r] > 0) {
                out.add(incremental[r] / spend[r]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private List<PaybackSummary> paybacks() {
        List<PaybackSummary> out = new ArrayList<>();
        if (baseline < 0) {
            return out;
        }
        double horizonWeek = checkpointWeeks[checkpointWeeks.length - 1];
        for (int s = 0; s < strategies.size(); s++) {
            double[] weeks = completed(s, paybacks[s]);
            if (s != baseline && weeks.length > 0) {
                out.add(PaybackSummary.of(Payback.of(strategies.get(s), weeks, horizonWeek, level), brands.get(focal)));
            }
        }
        return out;
    }

    /** The pairs the report analyses ({@link BreakEvenPairs}), the baseline left out. */
    private List<BreakEvenSummary> breakEvens() {
        int horizon = checkpointTicks.length - 1;
        int profit = metrics.indexOf(Metric.CUMULATIVE_PROFIT);
        List<StrategyInfo> compared = new ArrayList<>();
        Map<String, Double> horizonProfits = new LinkedHashMap<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int s = 0; s < strategies.size(); s++) {
            double[] v = completed(s, values[s][focal][horizon][profit]);
            if (s == baseline || v.length == 0) {
                continue;
            }
            compared.add(new StrategyInfo(strategies.get(s), brands.get(focal), StrategyKind.parse(kinds.get(s)), "",
                    OptionalDouble.empty()));
            horizonProfits.put(strategies.get(s), Statistics.meanSdInterval(v, level).mean());
            index.put(strategies.get(s), s);
        }
        List<BreakEvenSummary> out = new ArrayList<>();
        double horizonWeek = checkpointWeeks[horizon];
        for (BreakEvenPairs.Pair p : BreakEvenPairs.choose(compared, horizonProfits)) {
            int a = index.get(p.challenger());
            int b = index.get(p.incumbent());
            List<Double> weeks = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                if (seen[a][r] && seen[b][r]) {
                    weeks.add(crossings[a][b][r]);
                }
            }
            double meanA = horizonProfits.get(p.challenger());
            double meanB = horizonProfits.get(p.incumbent());
            // Cumulative profit starts at 0: a curve that ends at 0 has not moved.
            boolean movesAndEndsAhead = meanA != 0 && meanB != 0 && meanA > meanB;
            out.add(BreakEvenSummary.of(BreakEven.fromWeeks(p.challenger(), p.incumbent(),
                    weeks.stream().mapToDouble(Double::doubleValue).toArray(), horizonWeek, level, movesAndEndsAhead,
                    firstWeek), brands.get(focal)));
        }
        return out;
    }

    private Comparison compare(Metric m, int brand, int checkpoint, int a, int b) {
        double[][] pairs = pairs(m, brand, checkpoint, a, b);
        return Comparison.paired(m.column(), brands.get(brand), strategies.get(a), strategies.get(b),
                checkpointWeeks[checkpoint], pairs[0], pairs[1], level);
    }

    /**
     * Strategy a's and b's values of a metric for a brand at a checkpoint, in the replications both
     * finished, in replication order: {@code [a's values, b's values]}, paired by index.
     */
    private double[][] pairs(Metric m, int brand, int checkpoint, int a, int b) {
        int mi = metrics.indexOf(m);
        int n = 0;
        double[] x = new double[replications];
        double[] y = new double[replications];
        for (int r = 0; r < replications; r++) {
            if (seen[a][r] && seen[b][r]) {
                x[n] = values[a][brand][checkpoint][mi][r];
                y[n] = values[b][brand][checkpoint][mi][r];
                n++;
            }
        }
        return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }

    /** The focal brand's paired values of a recorded metric at the horizon ({@link #pairs}). */
    double[][] focalPairsAtHorizon(Metric m, int a, int b) {
        if (!metrics.contains(m)) {
            throw new IllegalArgumentException(m.column() + " is not recorded in this run");
        }
        return pairs(m, focal, checkpointTicks.length - 1, a, b);
    }

    List<String> strategies() {
        return strategies;
    }

    String focalBrand() {
        return brands.get(focal);
    }

    double horizonWeek() {
        return checkpointWeeks[checkpointWeeks.length - 1];
    }

    double level() {
        return level;
    }

    /** How many of the strategy's replications have been put. */
    private int replicationsOf(int strategy) {
        int n = 0;
        for (int r = 0; r < replications; r++) {
            if (seen[strategy][r]) {
                n++;
            }
        }
        return n;
    }

    private double[] completed(int strategy, double[] all) {
        double[] out = new double[replicationsOf(strategy)];
        int i = 0;
        for (int r = 0; r < replications; r++) {
            if (seen[strategy][r]) {
                out[i++] = all[r];
            }
        }
        return out;
    }
}
