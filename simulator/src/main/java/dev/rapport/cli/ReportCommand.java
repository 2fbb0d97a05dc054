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
 * apart by the files in it.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Build the report of saved results without re-running: RESULTS_DIR/report.html (or .pdf, .xlsx, .pptx). "
                + "An experiment's folder (sensitivity, discover, optimize, calibrate, sweep) gets its own report, HTML only.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A folder written by `rapport run`, or by `rapport sensitivity`, `discover`, `optimize`, "
            + "`calibrate` or `sweep`.")
    Path results;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "html (self-contained, charts inline as SVG), pdf, xlsx (Excel: the tables and every key metric "
                    + "by week, a native line chart of cumulative profit) or pptx (a widescreen PowerPoint deck: findings, "
                    + "headline table, a slide per chart with its numbers in the notes) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report (default: inside RESULTS_DIR).")
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

    static ReportFormat format(String name) {
        try {
            return ReportFormat.fromName(name);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
