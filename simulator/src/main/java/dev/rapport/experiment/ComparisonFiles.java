package dev.rapport.experiment;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.report.results.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what {@code rapport compare} found beside the result files: {@code comparison.csv}, one
 * tidy row per pair of strategies, and {@code comparison.json}, the same rows with what was asked
 * and why it stopped. Nothing in them depends on the time or the threads, so a resumed compare
 * writes them byte-identical to an uninterrupted one. Columns as in docs/results-format.md.
 */
public final class ComparisonFiles {
    public static final String CSV = "comparison.csv";
    public static final String JSON = "comparison.json";

    static final List<String> COLUMNS = List.of("metric", "brand", "week", "a", "b", "n", "mean_difference", "ci_low",
            "ci_high", "ci_width", "paired_t_p_value", "wilcoxon_p_value", "probability_a_beats_b");

    private ComparisonFiles() {
    }

    static void write(Path dir, PrecisionComparison.Result result) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (PairedDifference d : result.differences()) {
            rows.add(List.of(CsvCells.neutralise(d.metric()), CsvCells.neutralise(d.brand()), Numbers.format(d.week()),
                    CsvCells.neutralise(d.a()), CsvCells.neutralise(d.b()), String.valueOf(d.n()),
                    Numbers.format(d.meanDifference()), Numbers.format(d.ciLow()), Numbers.format(d.ciHigh()),
                    Numbers.format(d.ciWidth()), Numbers.format(d.pairedTPValue()), Numbers.format(d.wilcoxonPValue()),
                    Numbers.format(d.probabilityABeatsB())));
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(CSV), StandardCharsets.UTF_8)) {
            new CsvMapper().writer(schema.build()).writeValues(w).writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrecisionComparison.Settings settings = result.settings();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("objective", result.objective());
        json.put("focal_brand", result.focalBrand());
        json.put("horizon_week", result.horizonWeek());
        json.put("confidence", result.confidence());
        json.put("precision", settings.precision());
        json.put("batch", settings.batch());
        json.put("max_replications", settings.maxReplications());
        json.put("stopped", result.stop().name().toLowerCase(Locale.ROOT));
        json.put("replications", result.replications());
        json.put("widest_ci_width", result.widest().ciWidth());
        json.put("batches", result.batches());
        json.put("differences", result.differences());
        ResultFiles.writeJson(dir.resolve(JSON), json);
    }
}
