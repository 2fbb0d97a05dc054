package dev.rapport.cli;

import dev.rapport.experiment.Experiment;
import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.Summary;
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
        Path target = out != null ? out : defaultOut(scenario.file);
        OutputFolder folder = OutputFolder.prepare(target, force);
        Summary summary;
        try {
            ProgressListener progress = quiet ? ProgressListener.NONE : new ProgressBarListener(spec.commandLine().getErr());
            summary = new Experiment(loaded, used).run(folder, VersionProvider.version(), progress);
            folder.commit();
        } finally {
            folder.abandon();
        }
        new ComparisonTable(loaded.scenario(), summary).print(stdout);
        stdout.println();
        stdout.println("Results in " + folder.target() + " (series.csv, summary.csv, summary.json, manifest.json)");
        stdout.flush();
        return ExitCodes.OK;
    }

    static Path defaultOut(Path scenarioFile) {
        String name = scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return Path.of("results", name);
    }
}
