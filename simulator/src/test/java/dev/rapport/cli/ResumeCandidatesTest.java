package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.experiment.Experiment;
import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.ResultFiles;
import dev.rapport.experiment.StopAfterRuns;
import dev.rapport.experiment.StopSignal;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --resume} finishes the most advanced of the incomplete results of an output folder (the
 * folder itself and the hidden work folders beside it), and removes the others once complete.
 */
class ResumeCandidatesTest {
    private static final String SCENARIO = "../scenarios/spend-vs-invest.yaml";
    /** As `rapport run` records them for --set population.size=600 --set time.horizon_weeks=16 --replications 4 --seed 11. */
    private static final List<String> OVERRIDES = List.of("population.size=600", "time.horizon_weeks=16", "replications=4",
            "seed=11");

    /** Runs until {@code replications} replications are saved, then stops as Ctrl-C would. */
    private static OutputFolder runStoppedAfter(LoadedScenario loaded, Path target, int replications) {
        int runs = replications * loaded.scenario().effectiveStrategies().size();
        StopSignal stop = new StopSignal();
        ProgressListener stopper = new StopAfterRuns(runs, stop);
        OutputFolder folder = OutputFolder.prepare(target, true);
        new Experiment(loaded, 1).run(folder, VersionProvider.version(), stopper, stop);
        return folder;
    }

    @Test
    void theWorkFolderWithTheMostFinishedReplicationsIsResumedAndTheOthersRemoved(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(Path.of(SCENARIO), OVERRIDES);
        Path out = tmp.resolve("results");
        runStoppedAfter(loaded, out, 1).commit();              // the folder: replication 0
        runStoppedAfter(loaded, out, 3).keep();                // hidden: replications 0 to 2
        runStoppedAfter(loaded, out, 2).keep();                // hidden: replications 0 and 1

        Cli resumed = Cli.run("run", SCENARIO, "--out", out.toString(), "-q", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        JsonNode manifest = ResultFiles.json().readTree(out.resolve(ResultFiles.MANIFEST).toFile());
        assertTrue(manifest.get("complete").asBoolean());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                    "every leftover work folder is removed once the result is complete");
        }

        Path clean = tmp.resolve("clean");
        assertEquals(0, Cli.run("run", SCENARIO, "--out", clean.toString(), "-q", "--set", "population.size=600",
                "--set", "time.horizon_weeks=16", "--replications", "4", "--seed", "11").exitCode());
        for (String file : VerifyCommand.CHECKED) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
    }

    @Test
    void aWorkFolderOfAnotherScenarioIsNotResumed(@TempDir Path tmp) throws IOException {
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, Files.readString(Path.of(SCENARIO)) + "\n# another file\n");
        Path out = tmp.resolve("results");
        runStoppedAfter(new ScenarioLoader(Metric.names()).load(Path.of(SCENARIO), OVERRIDES), out, 1).commit();
        runStoppedAfter(new ScenarioLoader(Metric.names()).load(other, OVERRIDES), out, 3).keep();

        Cli resumed = Cli.run("run", SCENARIO, "--out", out.toString(), "-q", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(1, left.filter(p -> p.getFileName().toString().startsWith(".")).count(),
                    "the other scenario's work folder is neither used nor deleted");
        }
    }
}
