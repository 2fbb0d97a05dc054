package dev.rapport.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.model.Metric;
import dev.rapport.report.results.CsvCells;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes series rows (all of {@code series.csv}, or one replication's share of it): one row per replication, strategy, tick, brand and metric, with the
 * columns documented in docs/results-format.md. Runs arrive in a fixed order, so the file is the
 * same byte for byte whatever the number of threads. Quoting of user-chosen names is Jackson
 * CSV's; names a spreadsheet would run as formulas are neutralised first ({@link CsvCells}).
 */
final class SeriesWriter implements Closeable {
    static final List<String> COLUMNS = List.of("strategy", "replication", "tick", "week", "brand", "metric", "value");

    private final CsvGenerator csv;
    /** The names as cells, neutralised once. */
    private final List<String> strategies;
    private final List<String> brands;
    private final List<Metric> metrics;
    private final Writer writer;

    /** @param metrics the metrics to write, in this order: every one, or the observed ones alone without a baseline */
    SeriesWriter(Path file, List<String> strategies, List<String> brands, List<Metric> metrics, boolean header) {
        this.metrics = List.copyOf(metrics);
        this.strategies = strategies.stream().map(CsvCells::neutralise).toList();
        this.brands = brands.stream().map(CsvCells::neutralise).toList();
        try {
            Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(header).setLineSeparator("\n");
            COLUMNS.forEach(schema::addColumn);
            csv = new CsvFactory().createGenerator(writer);
            csv.setSchema(schema.build());
            csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            this.writer = writer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(RunSeries run) {
        String strategy = strategies.get(run.strategy);
        try {
            for (int r = 0; r < run.records(); r++) {
                String week = Numbers.format(run.week(r));
                String brand = brands.get(run.brand(r));
                for (Metric metric : metrics) {
                    csv.writeStartArray();
                    csv.writeString(strategy);
                    csv.writeNumber(run.replication);
                    csv.writeNumber(run.tick(r));
                    csv.writeNumber(week);
                    csv.writeString(brand);
                    csv.writeString(metric.column());
                    csv.writeNumber(Numbers.format(run.value(r, metric)));
                    csv.writeEndArray();
                }
            }
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
