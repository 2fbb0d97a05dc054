package dev.rapport.experiment;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.model.Metric;
import dev.rapport.report.results.CsvCells;
import dev.rapport.report.results.Replicates;
import dev.rapport.report.results.SeriesReader;
import dev.rapport.report.results.SeriesTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code rapport export-mmm}: a finished run's weekly spend per lever and sales in the wide input
 * format of marketing-mix models (Meridian, Robyn): one row per strategy and recorded week, a column
 * per channel's spend, then revenue, units sold and new customers of the strategy's brand. The
 * strategy column plays the part of Meridian's geo: each strategy is its own market, and a model
 * of one strategy takes its rows. Values are the mean over the folder's replications, or one
 * replication's. The file is written beside nothing it could replace: an existing file is refused.
 */
public final class MmmExport {
    /** The columns of spend, in output order: the metrics of lever cost by lever, crisis responses and discounts. */
    static final List<Metric> SPEND = List.of(Metric.ADVERTISING_COST, Metric.PAID_REACH_COST, Metric.VALUE_DELIVERY_COST,
            Metric.COMMUNITY_COST, Metric.ADVOCATE_PROGRAMME_COST, Metric.LISTENING_COST, Metric.RESPONSE_COST,
            Metric.DISCOUNT_COST);
    private static final List<Metric> ACQUIRED = List.of(Metric.ACQUIRED_ADVERTISING, Metric.ACQUIRED_DISCOUNT,
            Metric.ACQUIRED_REFERRAL, Metric.ACQUIRED_WORD_OF_MOUTH, Metric.ACQUIRED_ORGANIC);
    /** The date of week 1 unless told: a Monday; the simulation has no calendar of its own. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 6);
    static final String NEW_CUSTOMERS = "new_customers";

    private final Path folder;
    private final Manifest manifest;

    /**
     * @throws ExperimentInputException when {@code folder} is not a result folder Rapport wrote
     */
    public MmmExport(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ExperimentInputException(folder + " is not a folder; give the result folder of a run (say results/spend-vs-invest)");
        }
        if (!ResultFolders.isResult(folder) || !Files.isRegularFile(folder.resolve(ResultFiles.SERIES))) {
            throw new ExperimentInputException(folder + " is not a Rapport result folder (it needs the manifest.json and "
                    + "series.csv that `rapport run` writes)");
        }
        this.folder = folder;
        this.manifest = ResultFiles.readManifest(folder);
    }

    /** The file written unless told: in the result folder, {@code mmm-input.csv} (or {@code mmm-input-r<R>.csv}). */
    public Path defaultFile(Integer replication) {
        return folder.resolve(replication == null ? ResultFiles.MMM_INPUT
                : ResultFiles.MMM_INPUT.replace(".csv", "-r" + replication + ".csv"));
    }

    /**
     * Writes the export to {@code file}.
     *
     * @param replication one replication to export, or null for the mean over every replication
     * @param start       the date of week 1; week w is dated {@code start + 7·(w − 1)} days
     * @return the rows written
     * @throws OutputRefusedException   when {@code file} exists
     * @throws ExperimentInputException when the folder cannot give what is asked
     */
    public int write(Path file, Integer replication, LocalDate start) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException("will not overwrite " + file + ": it exists; choose another --out or remove it");
        }
        List<Integer> held = manifest.completedReplications() == null ? List.of() : manifest.completedReplications();
        if (replication == null && !manifest.complete()) {
            throw new ExperimentInputException(folder + " holds an unfinished run (replications " + held + " of "
                    + manifest.replications() + "); finish it with `rapport run --resume`, or export one replication "
                    + "with --replication");
        }
        if (replication != null && !held.contains(replication)) {
            throw new ExperimentInputException("--replication " + replication + " is not in " + folder
                    + " (it holds replications " + held + ")");
        }
        Set<String> keep = new HashSet<>();
        SPEND.forEach(m -> keep.add(m.column()));
        ACQUIRED.forEach(m -> keep.add(m.column()));
        keep.add(Metric.REVENUE.column());
        keep.add(Metric.PURCHASES.column());
        SeriesTable table = new SeriesReader(keep::contains, b -> true).read(folder.resolve(ResultFiles.SERIES));
        List<List<String>> rows = new ArrayList<>();
        for (Manifest.StrategyEntry strategy : manifest.strategies()) {
            String brand = strategy.brand() != null ? strategy.brand() : manifest.focalBrand();
            List<double[]> columns = new ArrayList<>();
            for (Metric m : SPEND) {
                columns.add(series(table, strategy.name(), brand, m, replication));
            }
            columns.add(series(table, strategy.name(), brand, Metric.REVENUE, replication));
            columns.add(series(table, strategy.name(), brand, Metric.PURCHASES, replication));
            double[] acquired = new double[table.ticks()];
            for (Metric m : ACQUIRED) {
                double[] a = series(table, strategy.name(), brand, m, replication);
                for (int t = 0; t < acquired.length; t++) {
                    acquired[t] += a[t];
                }
            }
            columns.add(acquired);
            // Tick 0 is the starting state, with no week of spend or sales behind it.
            for (int t = 1; t < table.ticks(); t++) {
                double week = table.week(t);
                if (Double.isNaN(week)) {
                    continue;
                }
                List<String> row = new ArrayList<>();
                row.add(CsvCells.neutralise(strategy.name()));
                row.add(Numbers.format(week));
                row.add(start.plusDays(Math.round(7 * (Math.ceil(week - 1e-9) - 1))).toString());
                for (double[] c : columns) {
                    row.add(Numbers.format(c[t]));
                }
                rows.add(row);
            }
        }
        write(file, rows);
        return rows.size();
    }

    /** The column names, in order. */
    static List<String> columns() {
        List<String> names = new ArrayList<>(List.of("strategy", "week", "date"));
        SPEND.forEach(m -> names.add(m.column()));
        names.add(Metric.REVENUE.column());
        names.add(Metric.PURCHASES.column());
        names.add(NEW_CUSTOMERS);
        return names;
    }

    private double[] series(SeriesTable table, String strategy, String brand, Metric metric, Integer replication) {
        Replicates values = table.find(strategy, brand, metric.column()).orElseThrow(() -> new ExperimentInputException(
                folder + "/series.csv has no " + metric.column() + " for strategy '" + strategy + "'"
                        + (SPEND.contains(metric) ? " (written by a Rapport before lever cost by lever was recorded): "
                        + "run the scenario again to export it" : "")));
        double[] out = new double[table.ticks()];
        for (int t = 0; t < out.length; t++) {
            out[t] = replication != null ? values.value(replication, t) : mean(values, t);
        }
        return out;
    }

    private static double mean(Replicates values, int tick) {
        double sum = 0;
        for (int r = 0; r < values.replications(); r++) {
            sum += values.value(r, tick);
        }
        return sum / values.replications();
    }

    /** Writes beside the target and moves into place without replacing: a file that appeared meanwhile is kept. */
    private static void write(Path file, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns().forEach(schema::addColumn);
        Path parent = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            // Created as any new file is, so it gets the permissions the user's umask gives (not a temp file's rw-------).
            temp = parent.resolve("." + file.getFileName() + ".partial-" + Long.toUnsignedString(System.nanoTime()));
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                new CsvMapper().writer(schema.build()).writeValues(w).writeAll(rows);
            }
            Files.move(temp, file);
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw new OutputRefusedException("will not overwrite " + file + ": it exists; choose another --out or remove it");
        } catch (IOException e) {
            throw new OutputRefusedException("cannot write " + file + ": " + FileProblems.describe(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Best effort: a hidden .partial file is all that is left.
                }
            }
        }
    }
}
