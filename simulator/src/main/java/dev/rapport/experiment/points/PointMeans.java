package dev.rapport.experiment.points;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.report.results.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * One strategy's mean of one metric at every point of a finished experiment, read back from its
 * {@code points.csv}: what an estimator (Morris, Sobol, PRIM) takes, one number per point in design
 * order; or its value in every run, from {@code sweep.csv}, to measure the seed noise left in
 * those means ({@link SeedNoise}). The files store numbers in round-trip form, so the values are
 * exactly those written.
 */
public final class PointMeans {
    private PointMeans() {
    }

    /**
     * @param folder   the experiment's folder (or work folder)
     * @param points   how many points the experiment has
     * @return the mean per point, NaN where no run of the strategy finished there
     */
    public static double[] read(Path folder, int points, String strategy, String metric) {
        double[] means = new double[points];
        Arrays.fill(means, Double.NaN);
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(folder.resolve(SweepFiles.POINTS_CSV).toFile())) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                if (strategy.equals(CsvCells.restore(row.get("strategy"))) && metric.equals(row.get("metric"))) {
                    String mean = row.get("mean");
                    means[Integer.parseInt(row.get("point"))] = mean == null || mean.isEmpty() ? Double.NaN
                            : Double.parseDouble(mean);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return means;
    }

    /**
     * One strategy's value of one metric in every run, read back from the experiment's
     * {@code sweep.csv} (one row per run and metric): what {@link SeedNoise} takes.
     *
     * @param replications how many replications each point has
     * @return [point][replication], NaN where the run did not finish or the value is not measured
     */
    public static double[][] readRuns(Path folder, int points, int replications, String strategy, String metric) {
        double[][] values = new double[points][replications];
        for (double[] v : values) {
            Arrays.fill(v, Double.NaN);
        }
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(folder.resolve(SweepFiles.SWEEP_CSV).toFile())) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                if (metric.equals(row.get("metric")) && strategy.equals(CsvCells.restore(row.get("strategy")))) {
                    String value = row.get("value");
                    values[Integer.parseInt(row.get("point"))][Integer.parseInt(row.get("replication"))] =
                            value == null || value.isEmpty() ? Double.NaN : Double.parseDouble(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
