package dev.rapport.report.results;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rapport.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the tidy tables of {@code rapport sensitivity} ({@code sensitivity.csv}) and
 * {@code rapport discover} ({@code discovery.csv}) as docs/results-format.md describes them, for
 * their charts, and any experiment table as rows of cells by column for the experiment report:
 * rows of names and numbers, nothing of the model.
 */
public final class ExperimentTables {
    public static final String SENSITIVITY_CSV = "sensitivity.csv";
    public static final String DISCOVERY_CSV = "discovery.csv";

    private ExperimentTables() {
    }

    /**
     * One row of {@code sensitivity.csv}: a statistic of one parameter by one method.
     *
     * @param ciLow  the interval's lower end, NaN where the method gives none
     * @param ciHigh the interval's upper end, NaN where the method gives none
     */
    public record SensitivityRow(String method, String parameter, String statistic, double value, double ciLow,
                                 double ciHigh) {
    }

    /** One box of PRIM's peeling and pasting trajectory, a row of {@code discovery.csv}. */
    public record PeelingStep(int step, double coverage, double density, double mass, boolean pasted,
                              boolean chosen, String box) {
    }

    /** The rows of {@code sensitivity.csv} in a folder, in file order. */
    public static List<SensitivityRow> sensitivity(Path folder) {
        List<SensitivityRow> rows = new ArrayList<>();
        for (Map<String, String> row : read(folder.resolve(SENSITIVITY_CSV))) {
            rows.add(new SensitivityRow(row.get("method"), CsvCells.restore(row.get("parameter")), row.get("statistic"),
                    number(row, "value"), number(row, "ci_low"), number(row, "ci_high")));
        }
        return rows;
    }

    /** The rows of {@code discovery.csv} in a folder, in step order. */
    public static List<PeelingStep> peeling(Path folder) {
        List<PeelingStep> rows = new ArrayList<>();
        for (Map<String, String> row : read(folder.resolve(DISCOVERY_CSV))) {
            rows.add(new PeelingStep((int) number(row, "step"), number(row, "coverage"), number(row, "density"),
                    number(row, "mass"), Boolean.parseBoolean(row.get("pasted")), Boolean.parseBoolean(row.get("chosen")),
                    row.getOrDefault("box", "")));
        }
        return rows;
    }

    /**
     * The rows of an experiment's table, each a map from column to cell, in file order.
     *
     * @throws ReportException {@code MISSING_FILE} when the file is absent, {@code MALFORMED_FILE}
     *                         when it is not a CSV with a header
     */
    public static List<Map<String, String>> rows(Path folder, String fileName) {
        return read(folder.resolve(fileName));
    }

    /**
     * @return the cell of {@code column} as a number, NaN when empty or absent
     * @throws ReportException {@code MALFORMED_FILE} when the cell is not a number
     */
    public static double number(Map<String, String> row, String column) {
        String cell = row.get(column);
        if (cell == null || cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE, "'" + cell + "' in column " + column
                    + " is not a number", e, column);
        }
    }

    private static List<Map<String, String>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException(ReportException.Code.MISSING_FILE, "no " + file.getFileName() + " in "
                    + file.getParent() + "; is it the folder of a finished experiment?", file);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        } catch (IOException | RuntimeException e) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE, "cannot read " + file + ": "
                    + e.getMessage(), e, file);
        }
        return rows;
    }
}
