package dev.rapport.experiment.points;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.experiment.Numbers;
import dev.rapport.experiment.Statistics;
import dev.rapport.report.results.CsvCells;
import dev.rapport.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a sweep's tables from its {@link RunStore}, point by point in the fixed order, so that
 * memory holds one point's runs and the files are the same byte for byte however the runs were
 * executed: {@code sweep.csv}, one row per finished run and metric, and {@code points.csv}, each
 * metric's mean and interval per point and strategy (columns in docs/results-format.md).
 */
final class SweepFiles {
    static final String SWEEP_CSV = "sweep.csv";
    static final String POINTS_CSV = "points.csv";
    /** Points whose objective the command line shows; every point is in points.csv. */
    static final int SHOWN = 20;

    private final SweepPlan plan;
    private final double confidence;
    private final int baseline;

    SweepFiles(SweepPlan plan) {
        this.plan = plan;
        this.confidence = plan.scenario().scenario().outputs().confidence();
        this.baseline = plan.strategies().indexOf(Scenario.BASELINE);
    }

    /** What the terminal shows: the first points' objective, and at how many points each strategy has the best mean. */
    record Highlights(List<SweepOutcome.PointObjective> shown, int[] wins) {
    }

    Highlights write(Path dir, RunStore.Session store) {
        List<String> strategies = plan.strategies().stream().map(CsvCells::neutralise).toList();
        List<String> metrics = plan.metrics().columns();
        int objective = metrics.indexOf(plan.scenario().scenario().outputs().objective());
        int s = strategies.size();
        int reps = plan.replications();
        List<SweepOutcome.PointObjective> shown = new ArrayList<>();
        int[] wins = new int[s];
        try (Csv runs = new Csv(dir.resolve(SWEEP_CSV), columns("strategy", "replication", "metric", "value"));
             Csv points = new Csv(dir.resolve(POINTS_CSV), columns("strategy", "metric", "n", "mean", "sd", "ci_low",
                     "ci_high"))) {
            for (Point point : plan.points()) {
                // [strategy][replication]: the run's reported values, or null when it has not finished.
                double[][][] values = new double[s][reps][];
                for (int r = 0; r < reps; r++) {
                    double[] base = baseline < 0 ? null : store.get(new RunKey(point.index(), baseline, r).index(s, reps));
                    for (int st = 0; st < s; st++) {
                        double[] stored = st == baseline ? base : store.get(new RunKey(point.index(), st, r).index(s, reps));
                        if (stored == null) {
                            continue;
                        }
                        values[st][r] = plan.metrics().derive(stored, base);
                        for (int m = 0; m < metrics.size(); m++) {
                            List<String> row = lead(point);
                            row.add(strategies.get(st));
                            row.add(String.valueOf(r));
                            row.add(metrics.get(m));
                            row.add(number(values[st][r][m]));
                            runs.write(row);
                        }
                    }
                }
                List<Statistics.Estimate> objectives = new ArrayList<>();
                List<Integer> counts = new ArrayList<>();
                for (int st = 0; st < s; st++) {
                    for (int m = 0; m < metrics.size(); m++) {
                        double[] v = finished(values[st], m);
                        Statistics.Estimate e = Statistics.meanSdInterval(v, confidence);
                        List<String> row = lead(point);
                        row.add(strategies.get(st));
                        row.add(metrics.get(m));
                        row.add(String.valueOf(v.length));
                        row.add(Numbers.format(e.mean()));
                        row.add(Numbers.format(e.sd()));
                        row.add(Numbers.format(e.ciLow()));
                        row.add(Numbers.format(e.ciHigh()));
                        points.write(row);
                        if (m == objective) {
                            objectives.add(e);
                            counts.add(v.length);
                        }
                    }
                }
                int best = best(objectives);
                if (best >= 0) {
                    wins[best]++;
                }
                if (shown.size() < SHOWN) {
                    shown.add(new SweepOutcome.PointObjective(point, objectives, counts));
                }
            }
        }
        return new Highlights(shown, wins);
    }

    /** The strategy with the highest mean objective at a point, or -1 when none has finished. */
    private static int best(List<Statistics.Estimate> objectives) {
        int best = -1;
        for (int i = 0; i < objectives.size(); i++) {
            Double mean = objectives.get(i).mean();
            if (mean != null && (best < 0 || mean > objectives.get(best).mean())) {
                best = i;
            }
        }
        return best;
    }

    /** The finished replications' values of one metric, NaN (no baseline run to measure against) left out. */
    private static double[] finished(double[][] byReplication, int metric) {
        return Arrays.stream(byReplication).filter(v -> v != null && !Double.isNaN(v[metric]))
                .mapToDouble(v -> v[metric]).toArray();
    }

    private List<String> columns(String... rest) {
        List<String> out = new ArrayList<>();
        out.add("point");
        plan.parameters().forEach(p -> out.add(p.path()));
        out.addAll(List.of(rest));
        return out;
    }

    private static List<String> lead(Point point) {
        List<String> row = new ArrayList<>();
        row.add(String.valueOf(point.index()));
        point.settings().forEach(st -> row.add(Numbers.format(st.value())));
        return row;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }

    /** A CSV file written row by row, header first; quoting is Jackson CSV's. */
    private static final class Csv implements AutoCloseable {
        private final Writer writer;
        private final CsvGenerator csv;

        Csv(Path file, List<String> header) {
            try {
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
                csv = new CsvFactory().createGenerator(writer);
                csv.setSchema(schema.build());
                csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                // Quotes only cells that need them: a path such as strategies[invest].budget stays as written.
                csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
                write(header);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(List<String> cells) {
            try {
                csv.writeStartArray();
                for (String c : cells) {
                    csv.writeString(c);
                }
                csv.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                csv.close();
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
