package dev.rapport.experiment;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
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
import java.util.Collection;
import java.util.List;

/**
 * The result files of a run with {@code uncertain:} values (docs/results-format.md): the values each
 * replication drew ({@code parameters.csv}) and how much of the spread they explain
 * ({@code uncertainty.csv}). A run without uncertain values writes neither.
 */
public final class UncertaintyFiles {
    public static final String PARAMETERS = "parameters.csv";
    public static final String UNCERTAINTY = "uncertainty.csv";

    private UncertaintyFiles() {
    }

    /** One row per replication (ascending) and parameter (in the section's order). */
    static void writeParameters(Path dir, ParameterDraws draws, Collection<Integer> replications) {
        List<List<String>> rows = new ArrayList<>();
        for (int r : replications.stream().sorted().toList()) {
            double[] values = draws.values(r);
            for (int i = 0; i < values.length; i++) {
                rows.add(List.of(String.valueOf(r), CsvCells.neutralise(draws.parameters().get(i).path()),
                        Numbers.format(values[i])));
            }
        }
        write(dir.resolve(PARAMETERS), List.of("replication", "path", "value"), rows);
    }

    static void writeUncertainty(Path dir, List<SpreadShare> shares) {
        List<List<String>> rows = new ArrayList<>();
        for (SpreadShare s : shares) {
            rows.add(List.of(CsvCells.neutralise(s.strategy()), s.versus() == null ? "" : CsvCells.neutralise(s.versus()),
                    CsvCells.neutralise(s.metric()), String.valueOf(s.n()), Numbers.format(s.sdTotal()),
                    Numbers.format(s.sdSeed()), Numbers.format(s.shareParameters()), Numbers.format(s.shareLow()),
                    Numbers.format(s.shareHigh())));
        }
        write(dir.resolve(UNCERTAINTY), List.of("strategy", "versus", "metric", "n", "sd_total", "sd_seed",
                "share_parameters", "share_low", "share_high"), rows);
    }

    private static void write(Path file, List<String> columns, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // Strict quoting: only cells that need it are quoted (Jackson otherwise quotes every long one, such as a path).
            new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build())
                    .writeValues(w).writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
