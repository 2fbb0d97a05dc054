package dev.rapport.experiment.calibrate;

import dev.rapport.experiment.ExperimentInputException;
import dev.rapport.model.Metric;
import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.bind.Names;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads observed data for {@code rapport calibrate}: a CSV with a header naming the columns
 * {@code week}, {@code metric}, {@code value} and optionally {@code brand}, in any order. Each row
 * is checked against the scenario (a metric it records, a week within the horizon at a tick's end,
 * a number for the value, a brand it has, no row given twice); every problem is reported at once
 * as {@code file:line:column: column name: expected ..., found ...} with a hint, and exits 2.
 */
public final class ObservedDataReader {
    /** Problems listed before the rest are only counted. */
    private static final int LISTED = 20;
    private static final List<String> COLUMNS = List.of("week", "metric", "value", "brand");

    private final Scenario scenario;
    private final String source;
    private final List<String> problems = new ArrayList<>();
    private int unlisted;

    private ObservedDataReader(Scenario scenario, String source) {
        this.scenario = scenario;
        this.source = source;
    }

    /**
     * @throws ExperimentInputException listing every problem with the file
     */
    public static ObservedData read(Path file, Scenario scenario) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ExperimentInputException("cannot read the observed data " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ExperimentInputException("cannot read the observed data " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage()))
                    + "; give --data a CSV with the columns week,metric,value");
        }
        return read(text, file.toString(), scenario);
    }

    /** Reads the text of a data file named {@code source}. */
    public static ObservedData read(String text, String source, Scenario scenario) {
        return new ObservedDataReader(scenario, source).parse(text);
    }

    private ObservedData parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.length) {
            throw new ExperimentInputException(source + ": the file is empty; expected a header week,metric,value "
                    + "and a row per observation");
        }
        List<Cell> header = cells(stripBom(lines[headerLine]));
        Map<String, Integer> at = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).text().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                String near = Names.closest(name, COLUMNS);
                problem(headerLine + 1, header.get(c).column(), "header", "the columns week, metric, value and "
                        + "optionally brand", "'" + header.get(c).text() + "'", near != null ? "did you mean " + near + "?"
                        : "rename or remove the column");
            } else if (at.put(name, c) != null) {
                problem(headerLine + 1, header.get(c).column(), "header", "each column once", "a second " + name, null);
            }
        }
        for (String needed : COLUMNS.subList(0, 3)) {
            if (!at.containsKey(needed)) {
                problem(headerLine + 1, 1, "header", "a column named " + needed, String.join(",", header.stream()
                        .map(Cell::text).toList()), "the first line names the columns, e.g. week,metric,value");
            }
        }
        failIfAny();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = headerLine + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Row row = row(i + 1, cells(lines[i]), header.size(), at);
            if (row == null) {
                continue;
            }
            String key = row.brand + "/" + row.metric + "/" + row.week;
            Integer earlier = seen.putIfAbsent(key, row.line);
            if (earlier != null) {
                problem(row.line, 1, "week", "one row per week, metric and brand", "a second row for "
                        + row.metric.column() + " at week " + plain(row.week) + " (first on line " + earlier + ")",
                        "remove one of them, or sum them if they are parts of one period");
                continue;
            }
            rows.add(row);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problem(lines.length, 1, "", "at least one row of data under the header", "none", null);
        }
        failIfAny();
        rows.sort(Comparator.comparingInt((Row r) -> r.brand).thenComparing(r -> r.metric).thenComparingDouble(r -> r.week));
        List<Observation> out = new ArrayList<>();
        Row previous = null;
        for (Row r : rows) {
            boolean sameSeries = previous != null && previous.brand == r.brand && previous.metric == r.metric;
            double from = sameSeries ? previous.week : 0;
            if (ObservedData.isFlow(r.metric) && r.week == from) {
                problem(r.line, r.weekColumn, "week", "a week after the period before (a flow such as "
                        + r.metric.column() + " is summed over the weeks since its previous row, from week 0)",
                        plain(r.week), "the first row of a flow ends its first period, at week 1 or later");
            }
            out.add(new Observation(r.brand, r.metric, from, r.week, r.value, r.line));
            previous = r;
        }
        failIfAny();
        return new ObservedData(source, out, scenario.brands().stream().map(BrandSpec::name).toList(),
                at.containsKey("brand"));
    }

    private record Row(int line, int brand, Metric metric, double week, int weekColumn, double value) {
    }

    private Row row(int line, List<Cell> cells, int width, Map<String, Integer> at) {
        if (cells.size() != width) {
            problem(line, 1, "", width + " cells as in the header", cells.size() + " cells",
                    "a value with a comma in it goes in double quotes");
            return null;
        }
        int before = problems.size() + unlisted;
        Cell weekCell = cells.get(at.get("week"));
        Double week = number(line, weekCell, "week", "a week number");
        double dt = scenario.time().tick().weeks();
        double horizon = scenario.ticks() * dt;
        if (week != null) {
            if (week < 0 || week > horizon + 1e-9) {
                problem(line, weekCell.column(), "week", "a week from 0 to the horizon, " + plain(horizon), plain(week),
                        "the data describe the simulated weeks: drop later rows or lengthen time.horizon_weeks");
            } else if (Math.abs(week / dt - Math.rint(week / dt)) > 1e-6) {
                problem(line, weekCell.column(), "week", "the end of a tick (a multiple of " + plain(dt) + " weeks)",
                        plain(week), "weeks count from 0, the start; week 4 is the end of the fourth week");
            }
        }
        Cell metricCell = cells.get(at.get("metric"));
        Metric metric = metric(line, metricCell);
        Cell valueCell = cells.get(at.get("value"));
        Double value = number(line, valueCell, "value", "a number");
        int brand = scenario.brandIndex(scenario.focalBrand().name());
        if (at.containsKey("brand")) {
            Cell b = cells.get(at.get("brand"));
            List<String> names = scenario.brands().stream().map(BrandSpec::name).toList();
            brand = names.indexOf(b.text());
            if (brand < 0) {
                String near = Names.closest(b.text(), names);
                problem(line, b.column(), "brand", "a brand of the scenario (" + String.join(", ", names) + ")",
                        "'" + b.text() + "'", near != null ? "did you mean " + near + "?" : null);
            }
        }
        if (problems.size() + unlisted > before) {
            return null;
        }
        return new Row(line, brand, metric, dt * Math.rint(week / dt), weekCell.column(), value);
    }

    private Metric metric(int line, Cell cell) {
        String name = cell.text().toLowerCase(Locale.ROOT);
        if (!Metric.names().contains(name)) {
            String near = Names.closest(name, Metric.names());
            problem(line, cell.column(), "metric", "a metric of series.csv (purchases, customers, revenue, ...)",
                    "'" + cell.text() + "'", near != null ? "did you mean " + near + "?"
                            : "the names are listed in docs/results-format.md");
            return null;
        }
        Metric m = Metric.byColumn(name);
        if (!m.observed()) {
            problem(line, cell.column(), "metric", "a metric one run observes", m.column() + ", a difference against "
                    + "the do-nothing baseline", "give the brand's own series, e.g. " + m.baselineSource().column());
            return null;
        }
        var reason = m.notApplicable(scenario.mechanisms());
        if (reason.isPresent()) {
            problem(line, cell.column(), "metric", "a metric the scenario records", m.column() + " (" + reason.get() + ")",
                    "switch the mechanism on, or drop these rows");
            return null;
        }
        return m;
    }

    private Double number(int line, Cell cell, String column, String expected) {
        try {
            double v = Double.parseDouble(cell.text());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problem(line, cell.column(), column, expected, cell.text().isEmpty() ? "an empty cell" : "'" + cell.text() + "'",
                "write numbers with '.' as the decimal separator and no thousands separators");
        return null;
    }

    private void problem(int line, int column, String name, String expected, String found, String hint) {
        if (problems.size() >= LISTED) {
            unlisted++;
            return;
        }
        StringBuilder sb = new StringBuilder(source).append(':').append(line).append(':').append(column).append(": ");
        if (!name.isEmpty()) {
            sb.append(name).append(": ");
        }
        sb.append("expected ").append(expected).append(", found ").append(found);
        if (hint != null) {
            sb.append("\n    hint: ").append(hint);
        }
        problems.add(sb.toString());
    }

    private void failIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        int total = problems.size() + unlisted;
        StringBuilder sb = new StringBuilder("the observed data have " + total + " problem" + (total == 1 ? "" : "s") + ":");
        problems.forEach(p -> sb.append("\n  ").append(p.replace("\n", "\n  ")));
        if (unlisted > 0) {
            sb.append("\n  ... and ").append(unlisted).append(" more, not listed");
        }
        throw new ExperimentInputException(sb.toString());
    }

    /** A cell's text, unquoted and trimmed, and the 1-based character column it starts at. */
    private record Cell(String text, int column) {
    }

    /** The cells of a CSV line: commas separate, double quotes enclose a cell that holds commas ("" is a quote). */
    private static List<Cell> cells(String line) {
        List<Cell> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int start = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(new Cell(cell.toString().strip(), start));
                cell.setLength(0);
                start = i + 2;
            } else {
                cell.append(ch);
            }
        }
        out.add(new Cell(cell.toString().strip(), start));
        return out;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
