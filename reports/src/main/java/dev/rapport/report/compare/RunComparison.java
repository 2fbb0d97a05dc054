package dev.rapport.report.compare;

import dev.rapport.report.ReportException;
import dev.rapport.report.chart.ChartContext;
import dev.rapport.report.experiment.ExperimentKind;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.ResultsFolder;
import dev.rapport.report.results.ResultsLoader;
import dev.rapport.report.results.RunResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the runs to compare and refuses what cannot be set side by side: fewer than two folders, a
 * folder that is not a run's results, or runs that do not measure the same thing over the same
 * weeks (horizon, tick length, objective, currency, metric set). Strategies may differ: each run shows its own.
 *
 * @param runs the runs, in the order given, at least two
 */
public record RunComparison(List<ComparedRun> runs) {

    public RunComparison {
        runs = List.copyOf(runs);
    }

    /**
     * @param dirs the runs' result folders, at least two
     * @throws ReportException {@code RUNS_DIFFER} when the runs cannot be compared; what loading a
     *                         run's folder throws otherwise
     */
    public static RunComparison load(List<Path> dirs) {
        if (dirs.size() < 2) {
            throw new ReportException(ReportException.Code.RUNS_DIFFER, "--compare sets the results of several runs "
                    + "side by side, and " + (dirs.isEmpty() ? "no folder" : "only " + dirs.get(0)) + " was given; "
                    + "give two or more folders written by `rapport run`, or leave out --compare for one run's report",
                    dirs.toArray());
        }
        List<String> labels = Labels.of(dirs);
        List<ComparedRun> runs = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            Path dir = dirs.get(i);
            requireRun(dir);
            RunResults results = new ResultsLoader(MetricCatalog.reported()).load(dir);
            runs.add(new ComparedRun(labels.get(i), ChartContext.of(results)));
        }
        ComparedRun first = runs.get(0);
        for (ComparedRun other : runs.subList(1, runs.size())) {
            agree(first, other);
        }
        return new RunComparison(runs);
    }

    /** A run's folder has series.csv; an experiment's has its own tables and its own report. */
    private static void requireRun(Path dir) {
        if (!Files.isDirectory(dir) || Files.isRegularFile(dir.resolve(ResultsFolder.SERIES))) {
            return; // the loader says what is wrong with a folder that is not there
        }
        String what = ExperimentKind.of(dir).map(k -> "is the folder of " + k.label() + ", not of a run")
                .orElse("has no " + ResultsFolder.SERIES + ", so it is not the folder of a run");
        throw new ReportException(ReportException.Code.RUNS_DIFFER, dir + " " + what + "; --compare sets runs "
                + "side by side: give folders written by `rapport run` (an experiment's folder has its own "
                + "report: `rapport report " + dir + "`)", dir);
    }

    private static void agree(ComparedRun a, ComparedRun b) {
        RunResults ra = a.results();
        RunResults rb = b.results();
        if (ra.tickWeeks() != rb.tickWeeks()) {
            throw differ(a, b, "tick lengths differ: " + a.label() + " moves " + Wording.week(ra.tickWeeks())
                    + " week(s) a tick, " + b.label() + " " + Wording.week(rb.tickWeeks())
                    + "; run both with the same time.tick_weeks");
        }
        if (ra.horizonWeek() != rb.horizonWeek()) {
            throw differ(a, b, "horizons differ: " + a.label() + " ends at week " + Wording.week(ra.horizonWeek())
                    + ", " + b.label() + " at week " + Wording.week(rb.horizonWeek())
                    + "; run both with the same time.horizon_weeks");
        }
        if (!ra.objective().equals(rb.objective())) {
            throw differ(a, b, "objectives differ: " + a.label() + " ranks strategies on " + ra.objective() + ", "
                    + b.label() + " on " + rb.objective() + "; run both with the same outputs.objective");
        }
        if (!ra.currency().equals(rb.currency())) {
            throw differ(a, b, "currencies differ: " + a.label() + " counts money in " + ra.currency().orElse("no currency given")
                    + ", " + b.label() + " in " + rb.currency().orElse("no currency given")
                    + "; run both with the same market.currency");
        }
        Set<String> onlyA = new LinkedHashSet<>(ra.series().metricsSeen());
        onlyA.removeAll(rb.series().metricsSeen());
        Set<String> onlyB = new LinkedHashSet<>(rb.series().metricsSeen());
        onlyB.removeAll(ra.series().metricsSeen());
        if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
            List<String> sides = new ArrayList<>();
            if (!onlyA.isEmpty()) {
                sides.add("only " + a.label() + " has " + String.join(", ", onlyA));
            }
            if (!onlyB.isEmpty()) {
                sides.add("only " + b.label() + " has " + String.join(", ", onlyB));
            }
            throw differ(a, b, "metrics differ: " + String.join("; ", sides) + "; compare runs of the same "
                    + "mechanisms and outputs (a switched-off mechanism drops its metrics)");
        }
    }

    private static ReportException differ(ComparedRun a, ComparedRun b, String what) {
        Path dirA = a.results().folder().dir();
        Path dirB = b.results().folder().dir();
        return new ReportException(ReportException.Code.RUNS_DIFFER, "cannot compare " + dirA + " and " + dirB
                + ": the " + what, dirA, dirB);
    }
}
