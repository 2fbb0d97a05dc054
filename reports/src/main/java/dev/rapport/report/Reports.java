package dev.rapport.report;

import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.ChartContext;
import dev.rapport.report.chart.ChartRenderer;
import dev.rapport.report.chart.ReportCharts;
import dev.rapport.report.compare.ComparisonPage;
import dev.rapport.report.compare.RunComparison;
import dev.rapport.report.experiment.ExperimentKind;
import dev.rapport.report.experiment.ExperimentReport;
import dev.rapport.report.html.HtmlReport;
import dev.rapport.report.html.PdfReport;
import dev.rapport.report.html.ReportView;
import dev.rapport.report.html.ReportViewBuilder;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.pptx.DeckReport;
import dev.rapport.report.results.ResultsFolder;
import dev.rapport.report.results.ResultsLoader;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.stats.BreakEven;
import dev.rapport.report.stats.BreakEvenAnalysis;
import dev.rapport.report.xlsx.WorkbookReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The reports module's entry points, for the {@code rapport} CLI and for anyone scripting Rapport:
 * write the report of a results folder as HTML, PDF, an Excel workbook or a PowerPoint deck, or
 * write every chart as PNG and SVG. A
 * results folder is a run's ({@code series.csv}) or an experiment's (its tables, see
 * {@link ExperimentKind}); an experiment's report is HTML only. Each
 * call reads the folder afresh and keeps nothing once it returns. Failures a person can
 * fix (a missing or malformed result file, an unwritable output) are thrown as
 * {@link ReportException} with a message that says what to do. Charts are drawn with AWT in
 * headless mode, which this class switches on unless the caller has decided otherwise.
 */
public final class Reports {

    /** File name of the comparison of runs inside the first run's folder, by default. */
    public static final String COMPARE_NAME = "report-compare.html";
    /** File name of the report inside a results folder, without extension. */
    public static final String REPORT_NAME = "report";
    /** Folder for chart files inside a results folder. */
    public static final String CHARTS_FOLDER = "charts";

    private Reports() {
    }

    /**
     * Writes the report of a results folder.
     *
     * @param resultsDir the folder {@code rapport run} wrote (series.csv, manifest.json,
     *                   scenario.json; summary.json is used when present), or the folder of an
     *                   experiment ({@code rapport sensitivity}, {@code discover}, {@code optimize},
     *                   {@code calibrate}, {@code sweep})
     * @param outFile    the report file to write; its folder is created when missing
     * @param format     HTML (self-contained, charts as inline SVG), PDF, XLSX (the tables and weekly
     *                   series as an Excel workbook) or PPTX (a 16:9 PowerPoint deck)
     * @return {@code outFile}
     * @throws ReportException when a result file is missing or malformed, or the report cannot be written
     */
    public static Path writeReport(Path resultsDir, Path outFile, ReportFormat format) {
        Optional<ExperimentKind> experiment = experiment(resultsDir);
        if (experiment.isPresent()) {
            if (format != ReportFormat.HTML) {
                throw new ReportException(ReportException.Code.UNSUPPORTED_FORMAT, "the report of "
                        + experiment.get().label() + " is HTML only; leave out --format " + format.extension(),
                        resultsDir);
            }
            headless();
            String html = ExperimentReport.html(resultsDir, experiment.get());
            createParent(outFile);
            writeHtml(html, outFile);
            return outFile;
        }
        Analysis analysis = analyse(resultsDir);
        createParent(outFile);
        switch (format) {
            case HTML -> writeHtml(html(analysis, false), outFile);
            case PDF -> new PdfReport().write(html(analysis, true), analysis.charts(), outFile);
            // The workbook and the deck take the HTML report's content, charts aside: each draws its own.
            case XLSX -> new WorkbookReport().write(analysis.context(), content(analysis), outFile);
            case PPTX -> new DeckReport().write(analysis.context(), content(analysis), analysis.charts(), outFile);
        }
        return outFile;
    }

    /**
     * Writes one HTML page that sets the results of several runs side by side: a line per run, the
     * objective and key metrics at the horizon per run and strategy, a chart per key metric.
     *
     * @param runDirs the folders {@code rapport run} wrote, at least two, in the order to show them
     * @param outFile the page to write; its folder is created when missing
     * @return {@code outFile}
     * @throws ReportException {@code RUNS_DIFFER} for fewer than two folders, a folder that is not a
     *                         run's, or runs whose horizons, tick lengths, objectives, currencies or metric
     *                         sets differ; as {@link #writeReport(Path, Path, ReportFormat)} otherwise
     */
    public static Path writeComparison(List<Path> runDirs, Path outFile) {
        headless();
        String html = ComparisonPage.html(RunComparison.load(runDirs));
        createParent(outFile);
        writeHtml(html, outFile);
        return outFile;
    }

    /** @return where {@link #writeComparison} writes unless told: {@code report-compare.html} in the first run's folder */
    public static Path defaultComparisonFile(List<Path> runDirs) {
        return runDirs.get(0).resolve(COMPARE_NAME);
    }

    private static String html(Analysis analysis, boolean pdf) {
        return new HtmlReport().render(new ReportViewBuilder()
                .build(analysis.context(), analysis.breakEvens(), analysis.charts(), pdf));
    }

    /** The report's tables, findings and settings without rendering a chart. */
    private static ReportView content(Analysis analysis) {
        return new ReportViewBuilder().build(analysis.context(), analysis.breakEvens(), List.of(), false);
    }

    private static void writeHtml(String html, Path outFile) {
        try {
            Files.writeString(outFile, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.WRITE_FAILED, "cannot write " + outFile
                    + ": " + e.getMessage() + "; check that the folder is writable", e, outFile);
        }
    }

    /**
     * Writes the report into the results folder as {@code report.html}, {@code .pdf}, {@code .xlsx} or {@code .pptx}.
     *
     * @return the file written
     * @throws ReportException as {@link #writeReport(Path, Path, ReportFormat)}
     */
    public static Path writeReport(Path resultsDir, ReportFormat format) {
        return writeReport(resultsDir, defaultReportFile(resultsDir, format), format);
    }

    /**
     * Writes every chart of the report as {@code <id>.png} (1920 × 1080, for slides) and
     * {@code <id>.svg} into {@code chartsDir}, creating it.
     *
     * @return the files written, PNG then SVG of each chart, in report order
     * @throws ReportException when a result file is missing or malformed, or a chart cannot be written
     */
    public static List<Path> writeCharts(Path resultsDir, Path chartsDir) {
        Optional<ExperimentKind> experiment = experiment(resultsDir);
        if (experiment.isPresent()) {
            headless();
            return new ChartRenderer().writeAll(ExperimentReport.charts(resultsDir, experiment.get()), chartsDir);
        }
        return new ChartRenderer().writeAll(analyse(resultsDir).charts(), chartsDir);
    }

    /**
     * Writes every chart into the {@code charts} folder of the results folder, as
     * {@link #writeCharts(Path, Path)} does.
     *
     * @return the files written
     * @throws ReportException as {@link #writeCharts(Path, Path)}
     */
    public static List<Path> writeCharts(Path resultsDir) {
        return writeCharts(resultsDir, resultsDir.resolve(CHARTS_FOLDER));
    }

    /** @return where {@link #writeReport(Path, ReportFormat)} writes: {@code resultsDir/report.} and the format's extension */
    public static Path defaultReportFile(Path resultsDir, ReportFormat format) {
        return resultsDir.resolve(REPORT_NAME + "." + format.extension());
    }

    /**
     * Whether {@code file} is a report this module wrote in {@code format}: an HTML page whose head
     * has {@code <meta name="generator" content="Rapport" />}, or a PDF whose producer is
     * {@link PdfReport#PRODUCER}, or a workbook or deck whose custom document property
     * {@code generator} is {@code Rapport}. The CLI writes over such a file without asking, and over no other.
     */
    public static boolean isReport(Path file, ReportFormat format) {
        try {
            return switch (format) {
                case HTML -> HtmlReport.isOurs(file);
                case PDF -> PdfReport.isOurs(file);
                case XLSX -> WorkbookReport.isOurs(file);
                case PPTX -> DeckReport.isOurs(file);
            };
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The loaded results with everything charts and tables share, computed once. */
    private record Analysis(ChartContext context, List<BreakEven> breakEvens, List<Chart> charts) {
    }

    /**
     * The experiment a folder holds: empty for a run's folder ({@code series.csv}) and for one that
     * is not there (the run's loader says so).
     *
     * @throws ReportException {@code MISSING_FILE} for a folder that is neither a run's nor an experiment's
     */
    private static Optional<ExperimentKind> experiment(Path dir) {
        if (!Files.isDirectory(dir) || Files.isRegularFile(dir.resolve(ResultsFolder.SERIES))) {
            return Optional.empty();
        }
        Optional<ExperimentKind> kind = ExperimentKind.of(dir);
        if (kind.isEmpty()) {
            throw new ReportException(ReportException.Code.MISSING_FILE, dir + " is neither the folder of a run (it "
                    + "has no " + ResultsFolder.SERIES + ") nor of an experiment (none of "
                    + String.join(", ", ExperimentKind.markers()) + "); give the folder `rapport run` or an "
                    + "experiment wrote", dir);
        }
        return kind;
    }

    private static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static Analysis analyse(Path resultsDir) {
        headless();
        RunResults results = new ResultsLoader(MetricCatalog.reported()).load(resultsDir);
        ChartContext context = ChartContext.of(results);
        List<BreakEven> breakEvens = BreakEvenAnalysis.analyse(results, MetricCatalog.CUMULATIVE_PROFIT);
        return new Analysis(context, breakEvens, ReportCharts.build(context, breakEvens));
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new ReportException(ReportException.Code.WRITE_FAILED, "cannot create the folder "
                    + parent + " for the report: " + e.getMessage(), e, parent);
        }
    }
}
