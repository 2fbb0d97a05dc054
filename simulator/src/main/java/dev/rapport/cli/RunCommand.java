package dev.rapport.cli;

import dev.rapport.experiment.Experiment;
import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.Summary;
import dev.rapport.report.ReportFormat;
import dev.rapport.report.Reports;
import dev.rapport.scenario.LoadedScenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapport run}: runs every strategy of a scenario and writes the result folder. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run every strategy of a scenario over its replications and write the results.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario file name>).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Runs in parallel (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--force", description = "Replace the output folder if it exists.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = "--report", description = "Also write a self-contained report (report.html) into the output folder.")
    boolean report;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "Report format with --report: html or pdf (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        LoadedScenario loaded = scenario.load();
        long maxHeap = Runtime.getRuntime().maxMemory();
        MemoryPlan.check(loaded, maxHeap);
        int requested = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (requested < 1) {
            throw new UserException("--threads must be at least 1");
        }
        int used = MemoryPlan.threadsThatFit(loaded, requested, maxHeap);
        ReportFormat reportFormat = ReportCommand.format(format);
        Path target = out != null ? out : defaultOut(scenario.file);
        OutputFolder folder = OutputFolder.prepare(target, force);
        Summary summary;
        try {
            ProgressListener progress = quiet ? ProgressListener.NONE : new ProgressBarListener(spec.commandLine().getErr());
            summary = new Experiment(loaded, used).run(folder, VersionProvider.version(), progress);
            if (report) {
                Reports.writeReport(folder.work(), reportFormat);
            }
            folder.commit();
        } finally {
            folder.abandon();
        }
        new ComparisonTable(loaded.scenario(), summary).print(stdout);
        stdout.println();
        stdout.println("Results in " + folder.target() + " (series.csv, summary.csv, summary.json, manifest.json"
                + (report ? ", " + Reports.defaultReportFile(folder.target(), reportFormat).getFileName() : "") + ")");
        stdout.flush();
        return ExitCodes.OK;
    }

    static Path defaultOut(Path scenarioFile) {
        String name = scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return Path.of("results", name);
    }
}
