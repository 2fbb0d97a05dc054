package dev.rapport.cli;

import dev.rapport.experiment.Experiment;
import dev.rapport.experiment.Manifest;
import dev.rapport.experiment.ManifestException;
import dev.rapport.experiment.MemoryPlan;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.Outcome;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.UncertaintyFiles;
import dev.rapport.model.Metric;
import dev.rapport.report.experiment.ExperimentKind;
import dev.rapport.scenario.EdgeListData;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapport verify}: re-runs what a result folder's manifest describes (the scenario, checked
 * against its SHA-256, with the same overrides and seeds) and says, file by file, whether the
 * results are byte-identical, so that a client or a CI job can confirm that a report was not
 * edited and can be reproduced. Exit 0 when every file matches, 1 when one does not, 2 when the
 * folder is not a valid result, 130 when interrupted (the scratch folder is removed either way).
 */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Re-run a result folder from its manifest and check every result file is byte-identical.")
final class VerifyCommand implements Callable<Integer> {
    /** The files a run writes that depend only on the scenario and seeds (manifest.json also holds times). */
    /** How long Ctrl-C waits for the scratch folder to be deleted before the JVM exits. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    static final List<String> CHECKED = List.of(ResultFiles.SERIES, ResultFiles.SUMMARY_CSV, ResultFiles.SUMMARY_JSON,
            ResultFiles.SCENARIO_JSON, ResultFiles.SCENARIO_YAML);

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A folder written by `rapport run`.")
    Path results;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "The scenario file, if it has moved since the run (default: the path in the manifest, "
                    + "else the folder's scenario.yaml).")
    Path scenarioFile;

    @Option(names = "--threads", paramLabel = "T", description = "Runs in parallel (default: all cores).")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(results.resolve(ResultFiles.MANIFEST))) {
            throw new UserException(results + " has no manifest.json; verify reads a folder written by `rapport run`");
        }
        ExperimentKind.of(results).ifPresent(kind -> {
            throw new UserException(results + " holds a " + kind.label() + " (" + kind.command() + "), which verify does "
                    + "not re-run; it checks folders written by `rapport run` and `rapport compare`. To check it, run the "
                    + "same command with the same flags into another folder (--out) and compare the two folders' "
                    + kind.table() + ": the same scenario and seed give byte-identical tables");
        });
        Manifest manifest;
        try {
            manifest = ResultFiles.readManifest(results);
        } catch (ManifestException e) {
            throw new UserException(e.getMessage());
        } catch (RuntimeException e) {
            throw new UserException("cannot read " + results.resolve(ResultFiles.MANIFEST) + ": " + e.getMessage());
        }
        Path file = scenarioFile(manifest);
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(file,
                manifest.overrides() == null ? List.of() : manifest.overrides());
        out.println("scenario " + file + ": " + (loaded.sha256().equals(manifest.scenarioSha256())
                ? "SHA-256 matches the manifest" : "CHANGED since the run (SHA-256 differs from the manifest)"));
        if (!loaded.sha256().equals(manifest.scenarioSha256())) {
            out.flush();
            return ExitCodes.RUN_FAILURE;
        }
        String network = loaded.edges().map(EdgeListData::sha256).orElse(null);
        if (network != null || manifest.networkFileSha256() != null) {
            boolean same = Objects.equals(network, manifest.networkFileSha256());
            out.println("edge-list file: " + (same ? "SHA-256 matches the manifest" : "CHANGED since the run (SHA-256 differs from the manifest)"));
            if (!same) {
                out.flush();
                return ExitCodes.RUN_FAILURE;
            }
        }
        if (!VersionProvider.version().equals(manifest.rapportVersion())) {
            out.println("note: the results were made by rapport " + manifest.rapportVersion() + ", this is "
                    + VersionProvider.version() + "; a model change may explain differences");
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        MemoryPlan.check(loaded, maxHeap);
        int requested = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Experiment experiment = new Experiment(loaded, MemoryPlan.threadsThatFit(loaded, requested, maxHeap));
        if (manifest.completedReplications() != null) {
            try {
                experiment = experiment.only(manifest.completedReplications());
            } catch (IllegalArgumentException e) {
                throw new UserException("not a valid result folder: " + results + ": its manifest.json lists "
                        + e.getMessage() + " (the scenario has " + loaded.scenario().replications() + " replications)");
            }
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("rapport-verify-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Ctrl-C stops the re-run and waits until the scratch folder is deleted, so none is left in /tmp.
        InterruptHook hook = InterruptHook.install("rapport-verify-interrupt", SHUTDOWN_GRACE);
        try {
            OutputFolder folder = OutputFolder.prepare(scratch.resolve("rerun"), false);
            Outcome outcome;
            try {
                outcome = experiment.run(folder, VersionProvider.version(), ProgressListener.NONE, hook.signal());
                folder.commit();
            } finally {
                folder.abandon();
            }
            if (outcome.interrupted()) {
                out.println("interrupted: nothing verified");
                out.flush();
                return ExitCodes.INTERRUPTED;
            }
            List<String> differing = new ArrayList<>();
            List<String> checked = new ArrayList<>(CHECKED);
            if (!loaded.scenario().uncertain().isEmpty()) {
                // The values each replication drew, and the split of the spread: reproduced from the seed like the rest.
                checked.add(UncertaintyFiles.PARAMETERS);
                checked.add(UncertaintyFiles.UNCERTAINTY);
            }
            for (String name : checked) {
                String verdict = compare(results.resolve(name), folder.target().resolve(name));
                out.printf("  %-13s %s%n", name, verdict);
                if (!verdict.equals("identical")) {
                    differing.add(name);
                }
            }
            out.println(differing.isEmpty()
                    ? "verified: every result file is byte-identical to a fresh run"
                    : "NOT verified: " + String.join(", ", differing) + " differ from a fresh run");
            out.flush();
            return differing.isEmpty() ? ExitCodes.OK : ExitCodes.RUN_FAILURE;
        } finally {
            deleteQuietly(scratch);
            hook.release();
        }
    }

    private Path scenarioFile(Manifest manifest) {
        if (scenarioFile != null) {
            return scenarioFile;
        }
        if (manifest.scenarioPath() != null && Files.isRegularFile(Path.of(manifest.scenarioPath()))) {
            return Path.of(manifest.scenarioPath());
        }
        return results.resolve(ResultFiles.SCENARIO_YAML);
    }

    /** "identical", or what differs: missing, or the first line that differs. */
    static String compare(Path recorded, Path fresh) {
        try {
            if (!Files.exists(recorded)) {
                return "MISSING from the results";
            }
            byte[] a = Files.readAllBytes(recorded);
            byte[] b = Files.readAllBytes(fresh);
            int at = Arrays.mismatch(a, b);
            if (at < 0) {
                return "identical";
            }
            int line = 1;
            for (int i = 0; i < Math.min(at, a.length); i++) {
                if (a[i] == '\n') {
                    line++;
                }
            }
            return "DIFFERS from line " + line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            OutputFolder.deleteTree(dir);
        } catch (UncheckedIOException e) {
            // A leftover temporary folder is harmless; the verdict already printed stands.
        }
    }
}
