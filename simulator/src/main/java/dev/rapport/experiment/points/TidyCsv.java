package dev.rapport.experiment.points;

import dev.rapport.experiment.Numbers;
import dev.rapport.report.results.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the small tidy tables an experiment ends with ({@code sensitivity.csv}, {@code discovery.csv},
 * {@code box.csv}): a header, then rows of cells; numbers in the result files' round-trip form, NaN
 * as an empty cell, names neutralised as every Rapport CSV writes them, quoted only when they must be.
 */
public final class TidyCsv {
    private TidyCsv() {
    }

    /** A number as a cell: round-trip form, empty for NaN. */
    public static String number(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }

    /** A name as a cell (a strategy or a path), as {@link CsvCells} writes names. */
    public static String name(String name) {
        return CsvCells.neutralise(name);
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(out, header);
            for (List<String> row : rows) {
                line(out, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                out.write(',');
            }
            boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0;
            out.write(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        out.write('\n');
    }
}
