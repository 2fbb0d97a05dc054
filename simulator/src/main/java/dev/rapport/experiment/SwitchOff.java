package dev.rapport.experiment;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.model.Metric;
import dev.rapport.report.results.CsvCells;
import dev.rapport.report.results.Replicates;
import dev.rapport.report.results.SeriesReader;
import dev.rapport.report.results.SeriesTable;
import dev.rapport.report.stats.Payback;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * {@code rapport switch-off}: stops all spending at week T and measures what persists. Runs every
 * strategy as planned and switched off ({@link SwitchOffPlan}) with the do-nothing baseline, on
 * common random numbers, as one ordinary {@link Experiment} into a result folder; then reads the
 * series back and writes {@code switch-off.csv} beside them: per strategy, the switched-off run's
 * customers, members, advocates and weekly profit at T and at the horizon, the half-life of its
 * active customers over the baseline's after T, how long its margin over the baseline keeps
 * paying, its profit after T over the baseline's, and the profit given up by switching off, each
 * with an interval across the paired replications (docs/results-format.md).
 */
public final class SwitchOff {
    /** The share of week T's margin over the baseline the earned base must keep to count as still paying, unless told. */
    public static final double DEFAULT_SHARE = 0.5;

    private static final Set<String> READ = Set.of(Metric.CUSTOMERS.column(), Metric.MEMBERS.column(),
            Metric.ADVOCATES.column(), Metric.PROFIT.column(), Metric.CUMULATIVE_PROFIT.column(),
            Metric.REVENUE.column(), Metric.COGS.column());

    private final LoadedScenario loaded;
    private final SwitchOffPlan plan;
    private final double share;

    /**
     * @param week  week T, the last week with spending: 1 to the horizon minus one, ending a tick
     * @param share 0 to 1 exclusive: see {@link #DEFAULT_SHARE}
     * @throws ExperimentInputException when the week or the share is out of range, or nothing can be switched off
     */
    public SwitchOff(LoadedScenario loaded, int week, double share) {
        Scenario s = loaded.scenario();
        double dt = s.time().tick().weeks();
        double horizon = s.ticks() * dt;
        int last = (int) Math.floor(horizon - 1 + 1e-9);
        if (week < 1 || week > horizon - 1 + 1e-9) {
            throw new ExperimentInputException("--week must be from 1 to " + last + " (the horizon is week "
                    + Numbers.format(horizon) + " and something must be left to measure after it); got " + week);
        }
        double ticks = week / dt;
        if (Math.abs(ticks - Math.rint(ticks)) > 1e-9) {
            throw new ExperimentInputException("--week " + week + " does not end a tick (ticks of "
                    + Numbers.format(dt) + " weeks): choose a week that does");
        }
        if (!(share > 0 && share < 1)) {
            throw new ExperimentInputException("--share must be between 0 and 1 (exclusive); got " + share);
        }
        this.loaded = loaded;
        this.plan = new SwitchOffPlan(s, week);
        this.share = share;
    }

    /** The runs as a scenario with its file's details: to check memory and threads before running. */
    public LoadedScenario runs() {
        return plan.derived(loaded);
    }

    /**
     * Runs every variant into {@code folder}'s work directory and writes the result files and
     * {@code switch-off.csv} there; the caller commits the folder.
     */
    public SwitchOffResult run(OutputFolder folder, int threads, String version, ProgressListener progress,
                               StopSignal stop) {
        Outcome outcome = new Experiment(runs(), threads).run(folder, version, progress, stop);
        Scenario s = plan.derived();
        double horizon = s.ticks() * s.time().tick().weeks();
        double confidence = s.outputs().confidence();
        if (!outcome.complete()) {
            return new SwitchOffResult(plan.week(), horizon, share, confidence, List.of(), outcome);
        }
        SeriesTable table = new SeriesReader(READ::contains, b -> true).read(folder.work().resolve(ResultFiles.SERIES));
        List<SwitchOffResult.Measure> measures = new ArrayList<>();
        for (StrategySpec strategy : plan.strategies()) {
            measures.addAll(measure(table, strategy, horizon, confidence));
        }
        SwitchOffResult result = new SwitchOffResult(plan.week(), horizon, share, confidence, measures, outcome);
        write(folder.work().resolve(ResultFiles.SWITCH_OFF), result);
        return result;
    }

    /** The recorded ticks of the table, in order: those whose week is known. */
    private static int[] recorded(SeriesTable table) {
        return IntStream.range(0, table.ticks()).filter(t -> !Double.isNaN(table.week(t))).toArray();
    }

    private List<SwitchOffResult.Measure> measure(SeriesTable table, StrategySpec strategy, double horizon,
                                                  double confidence) {
        String brand = strategy.brand() != null ? strategy.brand() : plan.original().focalBrand().name();
        String name = strategy.name();
        Series planned = new Series(table, name, brand);
        Series off = new Series(table, plan.offName(strategy), brand);
        Series base = new Series(table, Scenario.BASELINE, brand);
        int[] ticks = recorded(table);
        double[] weeks = new double[ticks.length];
        int at = -1;
        for (int i = 0; i < ticks.length; i++) {
            weeks[i] = table.week(ticks[i]);
            if (Math.abs(weeks[i] - plan.week()) < 1e-9) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalStateException("week " + plan.week() + " was not recorded");
        }
        int end = ticks.length - 1;
        int n = off.replications();
        double week = plan.week();
        List<SwitchOffResult.Measure> out = new ArrayList<>();
        for (Metric m : List.of(Metric.CUSTOMERS, Metric.MEMBERS, Metric.ADVOCATES, Metric.PROFIT)) {
            for (int i : new int[] {at, end}) {
                double[] values = new double[n];
                for (int r = 0; r < n; r++) {
                    values[r] = off.value(m, r, ticks[i]);
                }
                out.add(mean(name, brand, m.column(), weeks[i], values, confidence));
            }
        }
        double[] halfLife = new double[n];
        double[] paysUntil = new double[n];
        double[] afterT = new double[n];
        double[] givenUp = new double[n];
        double[] activeExcess = new double[ticks.length];
        double[] marginExcess = new double[ticks.length];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < ticks.length; i++) {
                activeExcess[i] = off.active(r, ticks[i]) - base.active(r, ticks[i]);
                marginExcess[i] = off.margin(r, ticks[i]) - base.margin(r, ticks[i]);
            }
            halfLife[r] = Persistence.halfLife(weeks, activeExcess, at);
            paysUntil[r] = Persistence.lastWeekAbove(weeks, marginExcess, at, share);
            afterT[r] = off.value(Metric.CUMULATIVE_PROFIT, r, ticks[end]) - off.value(Metric.CUMULATIVE_PROFIT, r, ticks[at])
                    - (base.value(Metric.CUMULATIVE_PROFIT, r, ticks[end]) - base.value(Metric.CUMULATIVE_PROFIT, r, ticks[at]));
            givenUp[r] = planned.value(Metric.CUMULATIVE_PROFIT, r, ticks[end]) - off.value(Metric.CUMULATIVE_PROFIT, r, ticks[end]);
        }
        out.addAll(weeks(name, brand, "active_customers_half_life_weeks", halfLife, horizon, confidence));
        out.addAll(weeks(name, brand, "pays_until_week", paysUntil, horizon, confidence));
        out.add(mean(name, brand, "incremental_profit_after_switch_off", horizon, afterT, confidence));
        out.add(mean(name, brand, "profit_given_up", horizon, givenUp, confidence));
        return out;
    }

    private static SwitchOffResult.Measure mean(String strategy, String brand, String measure, double week,
                                                double[] values, double confidence) {
        Statistics.Estimate e = Statistics.meanSdInterval(values, confidence);
        return new SwitchOffResult.Measure(strategy, brand, measure, week, values.length, e.mean(), e.sd(), e.ciLow(),
                e.ciHigh());
    }

    /**
     * A number of weeks per replication, some beyond the horizon (+∞), some undefined (NaN: left
     * out): the median with nearest-rank percentiles, as for the payback week, and the share of
     * the replications measured that reach it within the horizon ({@code _share}).
     */
    private static List<SwitchOffResult.Measure> weeks(String strategy, String brand, String measure, double[] values,
                                                       double horizon, double confidence) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (defined.length == 0) {
            return List.of(new SwitchOffResult.Measure(strategy, brand, measure, horizon, 0, null, null, null, null),
                    new SwitchOffResult.Measure(strategy, brand, measure + "_share", horizon, 0, null, null, null, null));
        }
        Payback p = Payback.of(strategy, defined, horizon, confidence);
        return List.of(new SwitchOffResult.Measure(strategy, brand, measure, horizon, p.replications(),
                        PaybackSummary.finite(p.week()), null, PaybackSummary.finite(p.ciLow()), PaybackSummary.finite(p.ciHigh())),
                new SwitchOffResult.Measure(strategy, brand, measure + "_share", horizon, p.replications(), p.share(),
                        null, null, null));
    }

    static void write(Path file, SwitchOffResult result) {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n")
                .addColumn("strategy").addColumn("brand").addColumn("measure").addColumn("week").addColumn("n")
                .addColumn("mean").addColumn("sd").addColumn("ci_low").addColumn("ci_high").build();
        List<List<String>> rows = new ArrayList<>();
        for (SwitchOffResult.Measure m : result.measures()) {
            rows.add(List.of(CsvCells.neutralise(m.strategy()), CsvCells.neutralise(m.brand()), m.measure(),
                    Numbers.format(m.week()), String.valueOf(m.n()), Numbers.format(m.mean()), Numbers.format(m.sd()),
                    Numbers.format(m.ciLow()), Numbers.format(m.ciHigh())));
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new CsvMapper().writer(schema).writeValues(w).writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One variant's series for a brand, as read back; metrics a mechanism left unrecorded read 0. */
    private static final class Series {
        private final SeriesTable table;
        private final String strategy;
        private final String brand;

        Series(SeriesTable table, String strategy, String brand) {
            this.table = table;
            this.strategy = strategy;
            this.brand = brand;
        }

        int replications() {
            return table.find(strategy, brand, Metric.CUMULATIVE_PROFIT.column()).orElseThrow().replications();
        }

        double value(Metric m, int replication, int tick) {
            Replicates values = table.find(strategy, brand, m.column()).orElse(null);
            return values == null ? 0 : values.value(replication, tick);
        }

        /** Active customers: customers, members and advocates. */
        double active(int replication, int tick) {
            return value(Metric.CUSTOMERS, replication, tick) + value(Metric.MEMBERS, replication, tick)
                    + value(Metric.ADVOCATES, replication, tick);
        }

        /** Revenue less the cost of goods: what the week earns before any lever cost. */
        double margin(int replication, int tick) {
            return value(Metric.REVENUE, replication, tick) - value(Metric.COGS, replication, tick);
        }
    }
}
