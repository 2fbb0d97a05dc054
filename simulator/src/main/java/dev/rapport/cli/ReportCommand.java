package dev.rapport.cli;

import dev.rapport.report.ReportFormat;
import dev.rapport.report.Reports;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapport report}: rebuilds the report (and optionally the charts) from a saved result
 * folder: a run's, or an experiment's (sensitivity, discover, optimize, calibrate, sweep), told
 * apart by the files in it; with {@code --compare}, one HTML page setting several runs side by side.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Build the report of saved results without re-running: RESULTS_DIR/report.html (or .pdf, .xlsx, .pptx). "
                + "An experiment's folder (sensitivity, discover, optimize, calibrate, sweep) gets its own report, HTML only. "
                + "With --compare, several runs' folders give one HTML page setting their results side by side.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RESULTS_DIR", description = "A folder written by `rapport run`, or by `rapport sensitivity`, `discover`, `optimize`, "
            + "`calibrate` or `sweep`; with --compare, two or more folders written by `rapport run`.")
    List<Path> folders;

    @Option(names = "--compare", description = "Set the results of several runs side by side in one HTML page "
            + "(default RUN_DIR_1/" + Reports.COMPARE_NAME + "): the headline metrics at the horizon per run and strategy, "
            + "a chart per key metric. The runs must share horizon, tick length, objective and metrics.")
    boolean compare;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "html (self-contained, charts inline as SVG), pdf, xlsx (Excel: the tables and every key metric "
                    + "by week, a native line chart of cumulative profit) or pptx (a widescreen PowerPoint deck: findings, "
                    + "headline table, a slide per chart with its numbers in the notes) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report (default: inside RESULTS_DIR, "
            + "the first one with --compare).")
    Path out;

    @Option(names = "--force", description = "Replace the --out file even if it is not a report Rapport wrote "
            + "(never a result folder's data files).")
    boolean force;

    @Option(names = "--charts", description = "Also write every chart as PNG (2x, for slides) and SVG into RESULTS_DIR/charts "
            + "(an experiment's charts are redrawn from its tables).")
    boolean charts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReportFormat reportFormat = format(format);
        if (compare) {
            return compare(reportFormat);
        }
        if (folders.size() > 1) {
            throw new UserException("rapport report takes one results folder, and " + folders.size() + " were given; "
                    + "add --compare to set several runs side by side in one page");
        }
        Path results = folders.get(0);
        Path file = out != null ? out : Reports.defaultReportFile(results, reportFormat);
        ReportDestination.check(file, reportFormat, force);
        Path written = Reports.writeReport(results, file, reportFormat);
        spec.commandLine().getOut().println("Report written to " + written.toAbsolutePath());
        if (charts) {
            List<Path> files = Reports.writeCharts(results);
            spec.commandLine().getOut().println(files.size() + " chart files written to "
                    + results.resolve(Reports.CHARTS_FOLDER).toAbsolutePath());
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private Integer compare(ReportFormat reportFormat) {
        if (reportFormat != ReportFormat.HTML) {
            throw new UserException("--compare writes an HTML page only; leave out --format " + reportFormat.extension()
                    + " (or write each run's own report with `rapport report RESULTS_DIR --format "
                    + reportFormat.extension() + "`)");
        }
        if (charts) {
            throw new UserException("--charts writes one run's charts and does not go with --compare; "
                    + "the comparison's charts are inline in its page");
        }
        Path file = out != null ? out : Reports.defaultComparisonFile(folders);
        // Check the folders before choosing where to write: one folder only is refused whatever --out says.
        if (folders.size() >= 2) {
            ReportDestination.check(file, ReportFormat.HTML, force);
        }
        Path written = Reports.writeComparison(folders, file);
        spec.commandLine().getOut().println("Comparison written to " + written.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    static ReportFormat format(String name) {
        try {
            return ReportFormat.fromName(name);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
