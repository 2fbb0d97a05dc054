package dev.rapport.report.xlsx;

import dev.rapport.report.chart.ChartContext;
import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.stats.Band;
import dev.rapport.report.stats.BandPoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * One sheet per metric the report charts over time, in wide form: a row per week, and per strategy
 * its mean across replications and the interval of that mean (the bands the charts draw, from
 * {@link ChartContext#band}). Metrics the results lack are left out.
 */
final class MetricSheets {

    /** Row of the first week: row 0 is the header. */
    static final int FIRST_ROW = 1;
    /** Columns per strategy: mean, low, high. */
    static final int COLUMNS_PER_STRATEGY = 3;

    private MetricSheets() {
    }

    /** @return the metrics with a sheet, in workbook order: the key metrics first */
    static List<String> metrics(RunResults results) {
        Set<String> metrics = new LinkedHashSet<>(MetricCatalog.KEY_METRICS);
        if (results.baseline().isPresent()) {
            metrics.add(MetricCatalog.INCREMENTAL_CUMULATIVE_PROFIT);
        }
        if (results.brands().size() > 1) {
            metrics.add(MetricCatalog.MARKET_SHARE);
        }
        metrics.addAll(MetricCatalog.FUNNEL);
        metrics.addAll(MetricCatalog.ACQUISITION);
        return metrics.stream().filter(results::hasMetric).toList();
    }

    /** A metric's sheet with the bands written on it, a band per strategy in column order. */
    record Written(Sheet sheet, List<Band> bands, String format) {
    }

    /**
     * Writes every metric's sheet.
     *
     * @return the cumulative profit sheet, when the results have the metric
     */
    static Optional<Written> write(Workbook workbook, CellStyles styles, ChartContext context) {
        Written profit = null;
        for (String name : metrics(context.results())) {
            Written sheet = write(workbook, styles, context, context.metric(name));
            if (name.equals(MetricCatalog.CUMULATIVE_PROFIT)) {
                profit = sheet;
            }
        }
        return Optional.ofNullable(profit);
    }

    private static Written write(Workbook workbook, CellStyles styles, ChartContext context, Metric metric) {
        SheetWriter out = new SheetWriter(workbook.createSheet(sheetName(workbook, metric)), styles);
        String ci = Wording.level(context.results().confidence()) + " CI";
        List<Band> bands = context.strategies().stream().map(s -> context.band(s, metric.name())).toList();
        List<String> header = new ArrayList<>(List.of("Week"));
        for (Band band : bands) {
            header.add(band.name());
            header.add(band.name() + " " + ci + " low");
            header.add(band.name() + " " + ci + " high");
        }
        out.header(header);
        var format = styles.value(metric.format(), bands.stream().flatMap(b -> b.points().stream())
                .mapToDouble(p -> Math.abs(p.mean())).filter(Double::isFinite).max().orElse(0));
        int weeks = bands.get(0).points().size();
        for (int t = 0; t < weeks; t++) {
            out.row().number(bands.get(0).points().get(t).week(), styles.week());
            for (Band band : bands) {
                BandPoint p = band.points().get(t);
                out.number(p.mean(), format).number(p.low(), format).number(p.high(), format);
            }
        }
        out.fitColumns();
        return new Written(out.sheet(), bands, format.getDataFormatString());
    }

    /**
     * The metric's label, made a legal sheet name (31 characters, no {@code []:*?/\}), unique in the
     * workbook; an acquisition channel's label alone ("Advertising") would read as spending, so
     * those say "Acquired by advertising".
     */
    static String sheetName(Workbook workbook, Metric metric) {
        String label = MetricCatalog.ACQUISITION.contains(metric.name())
                ? "Acquired by " + metric.label().toLowerCase(Locale.ENGLISH) : metric.label();
        String name = WorkbookUtil.createSafeSheetName(label);
        return workbook.getSheet(name) == null ? name : WorkbookUtil.createSafeSheetName(metric.name());
    }
}
