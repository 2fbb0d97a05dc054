package dev.rapport.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import java.util.Map;

/**
 * Writes the summary and manifest files of a result folder (the series is streamed by
 * {@link SeriesWriter}); names and columns as in docs/results-format.md.
 */
public final class ResultFiles {
    public static final String SERIES = "series.csv";
    public static final String SUMMARY_CSV = "summary.csv";
    public static final String SUMMARY_JSON = "summary.json";
    public static final String MANIFEST = "manifest.json";
    public static final String SCENARIO_JSON = "scenario.json";
    public static final String SCENARIO_YAML = "scenario.yaml";
    /** What persists after spending stops: {@code rapport switch-off}'s measures, beside the series of its runs. */
    public static final String SWITCH_OFF = "switch-off.csv";
    /** {@code rapport export-mmm}'s file: weekly spend per lever and sales, in a marketing-mix model's input format. */
    public static final String MMM_INPUT = "mmm-input.csv";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ResultFiles() {
    }

    public static ObjectMapper json() {
        return JSON;
    }

    static void writeSummary(Path dir, Summary summary) {
        try {
            CsvSchema schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n")
                    .addColumn("strategy").addColumn("brand").addColumn("metric").addColumn("week").addColumn("n")
                    .addColumn("mean").addColumn("sd").addColumn("ci_low").addColumn("ci_high").build();
            List<List<String>> rows = new ArrayList<>();
            for (MetricSummary s : summary.metrics()) {
                rows.add(List.of(CsvCells.neutralise(s.strategy()), CsvCells.neutralise(s.brand()),
                        CsvCells.neutralise(s.metric()), Numbers.format(s.week()), String.valueOf(s.n()),
                        Numbers.format(s.mean()), Numbers.format(s.sd()), Numbers.format(s.ciLow()), Numbers.format(s.ciHigh())));
            }
            // Payback as two pseudo-metrics at the horizon: the week (median in the mean column, empty
            // when not within the horizon) with its percentile interval, and the share that pays back.
            for (PaybackSummary p : summary.paybacks()) {
                String strategy = CsvCells.neutralise(p.strategy());
                String brand = CsvCells.neutralise(p.brand());
                String week = Numbers.format(p.horizonWeek());
                rows.add(List.of(strategy, brand, "payback_week", week, String.valueOf(p.n()),
                        Numbers.format(p.paybackWeek()), "", Numbers.format(p.ciLow()), Numbers.format(p.ciHigh())));
                rows.add(List.of(strategy, brand, "payback_share", week, String.valueOf(p.n()),
                        Numbers.format(p.share()), "", "", ""));
            }
            try (Writer w = Files.newBufferedWriter(dir.resolve(SUMMARY_CSV), StandardCharsets.UTF_8)) {
                new CsvMapper().writer(schema).writeValues(w).writeAll(rows);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("horizon_week", summary.horizonWeek());
            json.put("objective", summary.objective());
            json.put("focal_brand", summary.focalBrand());
            json.put("confidence", summary.confidence());
            json.put("baseline", summary.baseline());
            json.put("metrics", summary.metrics());
            json.put("comparisons", summary.comparisons());
            json.put("paybacks", summary.paybacks());
            json.put("break_evens", summary.breakEvens());
            json.put("plans", summary.plans());
            json.put("not_applicable", summary.notApplicable());
            writeJson(dir.resolve(SUMMARY_JSON), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeJson(Path file, Object value) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JSON.writeValue(w, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws ManifestException with a plain message naming the field and the values
     *                           allowed, when the manifest cannot be read
     */
    public static Manifest readManifest(Path dir) {
        return new ManifestReader(JSON).read(dir);
    }
}
