package dev.rapport.report.results;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.rapport.report.ReportException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Streams {@code series.csv} into a {@link SeriesTable}, keeping only the metrics and brands a
 * report draws. A results folder can hold a million rows, so rows are read token by token into
 * primitive arrays: no object is kept per row. Names are read back as {@link CsvCells} wrote them.
 */
public final class SeriesReader {

    private static final List<String> COLUMNS =
            List.of("strategy", "replication", "tick", "week", "brand", "metric", "value");
    private static final int STRATEGY = 0;
    private static final int REPLICATION = 1;
    private static final int TICK = 2;
    private static final int WEEK = 3;
    private static final int BRAND = 4;
    private static final int METRIC = 5;
    private static final int VALUE = 6;

    private final Predicate<String> keepMetric;
    private final Predicate<String> keepBrand;

    /**
     * @param keepMetric which metrics to keep
     * @param keepBrand  which brands to keep
     */
    public SeriesReader(Predicate<String> keepMetric, Predicate<String> keepBrand) {
        this.keepMetric = keepMetric;
        this.keepBrand = keepBrand;
    }

    /**
     * @throws ReportException {@code MALFORMED_FILE} naming the line, when a column is missing or a
     *                         number does not parse; {@code NO_DATA} when the file has no rows
     */
    public SeriesTable read(Path file) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        SeriesTable.Builder builder = new SeriesTable.Builder();
        long rows = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvParser parser = mapper.getFactory().createParser(reader)) {
            int[] columnAt = readHeader(parser, file);
            String[] fields = new String[COLUMNS.size()];
            for (long line = readRow(parser, columnAt, fields, file); line > 0;
                 line = readRow(parser, columnAt, fields, file)) {
                rows++;
                addRow(builder, fields, line, file);
            }
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.MALFORMED_FILE,
                    "cannot read " + file + ": " + e.getMessage()
                            + "; run `rapport run` again to rewrite it", e, file);
        }
        if (rows == 0) {
            throw new ReportException(ReportException.Code.NO_DATA,
                    file + " has a header but no rows; the run wrote no results, so run it again",
                    file);
        }
        return builder.build();
    }

    /** @return for each field position in the file, the index of the column it is, or -1 */
    private static int[] readHeader(CsvParser parser, Path file) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw malformed(file, 1, "is empty; expected the header "
                    + String.join(",", COLUMNS));
        }
        List<String> header = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            header.add(parser.getText().strip());
        }
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw malformed(file, 1, "has no column " + String.join(", ", missing)
                    + "; expected the header " + String.join(",", COLUMNS));
        }
        int[] columnAt = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            columnAt[i] = COLUMNS.indexOf(header.get(i));
        }
        return columnAt;
    }

    /** Reads the next row's fields into {@code fields}; @return its line number, or -1 at the end. */
    private static long readRow(CsvParser parser, int[] columnAt, String[] fields, Path file)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return -1;
        }
        long line = -1;
        Arrays.fill(fields, null);
        int position = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (position == 0) {
                // The row's own start token reports the end of the previous line; its first value does not.
                line = parser.currentTokenLocation().getLineNr();
            }
            if (position < columnAt.length && columnAt[position] >= 0) {
                fields[columnAt[position]] = parser.getText();
            }
            position++;
        }
        if (position == 0) {
            line = parser.currentLocation().getLineNr();
        }
        for (int c = 0; c < fields.length; c++) {
            if (fields[c] == null) {
                throw malformed(file, line, "has no value for column " + COLUMNS.get(c));
            }
        }
        return line;
    }

    private void addRow(SeriesTable.Builder builder, String[] fields, long line, Path file) {
        String strategy = CsvCells.restore(fields[STRATEGY]);
        String brand = CsvCells.restore(fields[BRAND]);
        String metric = CsvCells.restore(fields[METRIC]);
        builder.seeStrategy(strategy);
        builder.seeBrand(brand);
        builder.seeMetric(metric);
        if (!keepMetric.test(metric) || !keepBrand.test(brand)) {
            return;
        }
        try {
            int replication = Integer.parseInt(fields[REPLICATION].strip());
            int tick = Integer.parseInt(fields[TICK].strip());
            if (replication < 0 || tick < 0) {
                throw malformed(file, line, "has a negative replication or tick");
            }
            builder.add(strategy, replication, tick, finite(fields[WEEK], "week", line, file), brand, metric,
                    finite(fields[VALUE], "value", line, file));
        } catch (NumberFormatException e) {
            throw malformed(file, line, "has a value that is not a number ("
                    + e.getMessage() + ")");
        }
    }

    /**
     * A number as the simulator writes it. NaN and infinities parse as doubles but no run writes
     * them and nothing downstream can draw them, so they are refused here, with their line, like
     * any other text that is not a number.
     */
    private static double finite(String text, String column, long line, Path file) {
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw malformed(file, line, "has a value that is not a finite number in column " + column
                    + " (\"" + text.strip() + "\")");
        }
        return value;
    }

    private static ReportException malformed(Path file, long line, String what) {
        return new ReportException(ReportException.Code.MALFORMED_FILE,
                file + " line " + line + " " + what + "; run `rapport run` again to rewrite it",
                file, line);
    }
}
