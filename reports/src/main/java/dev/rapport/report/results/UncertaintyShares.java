package dev.rapport.report.results;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.report.ReportException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code uncertainty.csv}, written by a run with uncertain market values: for each strategy, how
 * much of the spread of the objective across replications those values explain (the rest is seed
 * noise). Empty for a run without uncertain values (no file).
 */
public final class UncertaintyShares {
    /** The file's name in a results folder. */
    public static final String FILE = "uncertainty.csv";

    /**
     * One strategy's split (rows for pairs of strategies are not kept).
     *
     * @param share the share of the variance from the uncertain values, when known
     * @param low   lower end of its interval, when known
     * @param high  upper end of its interval, when known
     */
    public record Share(String strategy, String metric, int n, OptionalDouble share, OptionalDouble low,
                        OptionalDouble high) {
    }

    private UncertaintyShares() {
    }

    /**
     * @throws ReportException {@code MALFORMED_FILE} when the file is there but cannot be read
     */
    public static List<Share> read(ResultsFolder folder) {
        Path file = folder.dir().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Share> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                if (!row.getOrDefault("versus", "").isEmpty()) {
                    continue;
                }
                out.add(new Share(CsvCells.restore(row.get("strategy")), row.get("metric"),
                        Integer.parseInt(row.get("n")), number(row.get("share_parameters")),
                        number(row.get("share_low")), number(row.get("share_high"))));
            }
        } catch (IOException | RuntimeException e) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE, "cannot read " + file + ": " + e.getMessage()
                    + "; run `rapport run` again to rewrite it", e, file);
        }
        return out;
    }

    private static OptionalDouble number(String cell) {
        return cell == null || cell.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(cell));
    }
}
