package dev.rapport.report.xlsx;

import dev.rapport.report.ReportException;
import dev.rapport.report.chart.ChartContext;
import dev.rapport.report.html.ReportView;
import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.office.GeneratorMark;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.stats.BreakEvenAnalysis;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook, from the same analysed results and tables as the HTML report:
 * a summary (title, what was run, the key findings), the headline table, the comparisons, break-even
 * and payback, each metric by week (the cumulative profit sheet with a native line chart), the
 * scenario's parameters and the manifest. Carries {@link GeneratorMark} so {@code rapport report}
 * may write over it later.
 */
public final class WorkbookReport {

    /** Rows each sheet keeps in memory before streaming to a temporary file: more than any sheet has for three years of weeks. */
    private static final int ROWS_IN_MEMORY = 1_000;

    /** The first sheet's name. */
    public static final String SUMMARY = "Summary";

    /**
     * @param context the results with palette and metric names
     * @param view    the HTML report's content: its tables, findings, settings and manifest
     * @throws ReportException {@code WRITE_FAILED} when the file cannot be written
     */
    public void write(ChartContext context, ReportView view, Path file) {
        RunResults results = context.results();
        // Streamed (SXSSF): rows are written as plain XML rather than built as XMLBeans objects,
        // which made the flagship's 20 weekly sheets take seconds. Each sheet has fewer rows than
        // the window, so nothing reaches a temporary file before the workbook is written.
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY);
        try {
            GeneratorMark.mark(workbook.getXSSFWorkbook().getProperties(), view.title());
            boolean wholeWeeks = results.tickWeeks() == Math.rint(results.tickWeeks());
            CellStyles styles = new CellStyles(workbook, results.currency(), wholeWeeks);
            summary(workbook, styles, view);
            double level = results.confidence();
            HeadlineSheet.write(workbook, styles, view.headline(), context.catalog(), level);
            Metric objective = context.metric(results.objective());
            if (view.comparison().strategies().size() > 1) {
                ComparisonSheet.write(workbook, styles, view.comparison(), objective, level);
            }
            BreakEvenSheets.breakEven(workbook, styles, view.breakEvens(), level);
            BreakEvenSheets.payback(workbook, styles,
                    BreakEvenAnalysis.paybacks(results, MetricCatalog.INCREMENTAL_CUMULATIVE_PROFIT),
                    results.baseline().orElse(""));
            MetricSheets.write(workbook, styles, context).ifPresent(profit -> ProfitChart.add(
                    workbook.getXSSFWorkbook().getSheet(profit.sheet().getSheetName()),
                    context.metric(MetricCatalog.CUMULATIVE_PROFIT), profit.bands(), profit.format(),
                    context.palette()));
            SettingsSheets.parameters(workbook, styles, view.parameters());
            SettingsSheets.manifest(workbook, styles, view.reproduce(), view.manifest());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.WRITE_FAILED, "cannot write " + file + ": "
                    + e.getMessage() + "; check that the folder is writable", e, file);
        } finally {
            closeQuietly(workbook);
        }
    }

    /** Closes the workbook, deleting any temporary file it streamed rows to. */
    private static void closeQuietly(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // The file is written or the error above says why; a leftover temporary file is not worth a failure.
        }
    }

    /** Whether {@code file} is a workbook this class wrote. */
    public static boolean isOurs(Path file) throws IOException {
        return GeneratorMark.isOurs(file);
    }

    private static void summary(Workbook workbook, CellStyles styles, ReportView view) {
        SheetWriter out = new SheetWriter(workbook.createSheet(SUMMARY), styles);
        out.row().cell(view.title(), styles.title());
        out.row().text(view.meta());
        if (!view.incomplete().isEmpty()) {
            out.row().text(view.incomplete());
        }
        out.row();
        out.row().cell("Key findings", styles.header());
        view.findings().forEach(f -> out.row().text(f));
        out.row();
        out.row().cell("Sheets", styles.header());
        List.of("Headline: each metric at the horizon, mean and interval per strategy",
                "Comparisons: pairs of strategies on the objective, paired over replications",
                "Break-even and Payback: when one strategy overtakes another, and when the money comes back",
                "One sheet per metric: its weekly mean and interval per strategy",
                "Parameters and Manifest: what was run").forEach(line -> out.row().text(line));
        out.row();
        out.row().text(view.footer());
        out.fitColumns();
    }
}
