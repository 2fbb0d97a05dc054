package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing finished is lost: a run stopped part-way keeps its finished replications with a manifest
 * marked incomplete, a failing run is recorded with its seed without costing the others, and
 * resuming either gives files byte-identical to one uninterrupted run.
 */
class ResumeTest {
    static final List<String> RESULT_FILES = List.of(ResultFiles.SERIES, ResultFiles.SUMMARY_CSV,
            ResultFiles.SUMMARY_JSON, ResultFiles.SCENARIO_JSON, ResultFiles.SCENARIO_YAML);

    private static Outcome interrupted(LoadedScenario loaded, Path dir, int threads, int afterRuns) {
        StopSignal stop = new StopSignal();
        OutputFolder folder = OutputFolder.prepare(dir, false);
        Outcome outcome = new Experiment(loaded, threads).run(folder, "test", new StopAfterRuns(afterRuns, stop), stop);
        folder.commit();
        return outcome;
    }

    private static Outcome resume(Experiment experiment, Path dir) {
        OutputFolder folder = OutputFolder.prepare(dir, true);
        folder.resumeFrom(dir);
        Outcome outcome = experiment.run(folder, "test", ProgressListener.NONE);
        folder.commit();
        return outcome;
    }

    static void assertSameResults(Path expected, Path actual) throws IOException {
        for (String file : RESULT_FILES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
        }
    }

    @Test
    void anInterruptedRunKeepsFinishedReplicationsAndResumesToIdenticalFiles(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        Path clean = DeterminismTest.run(loaded, tmp.resolve("clean"), 1);
        Path dir = tmp.resolve("interrupted");
        int strategies = loaded.scenario().effectiveStrategies().size();

        Outcome stopped = interrupted(loaded, dir, 2, 2 * strategies);
        assertTrue(stopped.interrupted());
        assertFalse(stopped.complete());
        assertEquals(List.of(0, 1), stopped.completedReplications());
        Manifest manifest = ResultFiles.readManifest(dir);
        assertFalse(manifest.complete());
        assertEquals(List.of(0, 1), manifest.completedReplications());
        List<String> rows = Files.readAllLines(dir.resolve(ResultFiles.SERIES));
        assertTrue(rows.stream().skip(1).allMatch(r -> r.split(",")[1].matches("[01]")), "only replications 0 and 1");
        assertTrue(Files.isDirectory(dir.resolve(ReplicationStore.FOLDER)), "the finished replications are kept for --resume");

        Outcome resumed = resume(new Experiment(loaded, 2), dir);
        assertTrue(resumed.complete());
        assertTrue(ResultFiles.readManifest(dir).complete());
        assertFalse(Files.exists(dir.resolve(ReplicationStore.FOLDER)), "a complete folder needs no resume data");
        assertSameResults(clean, dir);
    }

    @Test
    void anInterruptionAtTheVeryStartKeepsAValidEmptyResult(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        StopSignal stop = new StopSignal();
        stop.request();
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("none"), false);
        Outcome outcome = new Experiment(loaded, 2).run(folder, "test", ProgressListener.NONE, stop);
        folder.commit();
        assertTrue(outcome.interrupted());
        assertEquals(List.of(), outcome.completedReplications());
        assertEquals(1, Files.readAllLines(tmp.resolve("none").resolve(ResultFiles.SERIES)).size(), "header only");
        Outcome resumed = resume(new Experiment(loaded, 1), tmp.resolve("none"));
        assertTrue(resumed.complete());
        assertSameResults(DeterminismTest.run(loaded, tmp.resolve("clean"), 2), tmp.resolve("none"));
    }

    @Test
    void aFailingRunIsReportedWithItsSeedAndTheOthersAreKept(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        Experiment failing = new Experiment(loaded, 2).withRunner((spec, sink) -> {
            if (spec.replication() == 2 && spec.strategy().name().equals("invest")) {
                throw new IllegalStateException("a network file the model cannot use");
            }
            new dev.rapport.model.MarketModel(spec, sink).runToHorizon();
        });
        Path dir = tmp.resolve("failed");
        OutputFolder folder = OutputFolder.prepare(dir, false);
        Outcome outcome = failing.run(folder, "test", ProgressListener.NONE);
        folder.commit();

        assertFalse(outcome.complete());
        assertFalse(outcome.interrupted());
        assertEquals(List.of(0, 1, 3), outcome.completedReplications());
        assertEquals(1, outcome.failures().size());
        RunFailure failure = outcome.failures().get(0).failure();
        long seed = new RunSpec(loaded.scenario(), loaded.edges(), loaded.scenario().effectiveStrategies().get(0), 2)
                .replicationSeed();
        assertEquals(new RunFailure(2, "invest", seed, "java.lang.IllegalStateException: a network file the model cannot use"),
                failure);
        Manifest manifest = ResultFiles.readManifest(dir);
        assertEquals(List.of(failure), manifest.failures());
        assertFalse(manifest.complete());
        assertTrue(Files.readAllLines(dir.resolve(ResultFiles.SERIES)).stream().anyMatch(r -> r.startsWith("spend,3,")),
                "replications after the failed one are kept");

        Outcome fixed = resume(new Experiment(loaded, 1), dir);
        assertTrue(fixed.complete());
        assertSameResults(DeterminismTest.run(loaded, tmp.resolve("clean"), 2), dir);
    }

    @Test
    void anUnexpectedErrorOfTheRunItselfKeepsTheFinishedReplications(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        int strategies = loaded.scenario().effectiveStrategies().size();
        // Thrown on the run's own thread, as a disk error while saving a replication would be.
        ProgressListener breaking = new ProgressListener() {
            private int finished;

            @Override
            public void start(int totalRuns) {
            }

            @Override
            public void runFinished(String strategy, int replication) {
                if (++finished == 2 * strategies) {
                    throw new UncheckedIOException(new IOException("No space left on device"));
                }
            }

            @Override
            public void end() {
            }
        };
        Path dir = tmp.resolve("broken");
        OutputFolder folder = OutputFolder.prepare(dir, false);
        Outcome outcome = new Experiment(loaded, 2).run(folder, "test", breaking, new StopSignal());
        folder.commit();

        assertFalse(outcome.complete());
        assertTrue(outcome.cutShort());
        assertTrue(String.valueOf(outcome.aborted()).contains("No space left on device"));
        assertEquals(List.of(0, 1), outcome.completedReplications());
        Manifest manifest = ResultFiles.readManifest(dir);
        assertFalse(manifest.complete());
        assertEquals(List.of(0, 1), manifest.completedReplications());
        assertTrue(manifest.error().contains("No space left on device"), manifest.error());
        assertTrue(Files.isDirectory(dir.resolve(ReplicationStore.FOLDER)), "kept for --resume");

        assertTrue(resume(new Experiment(loaded, 1), dir).complete());
        assertSameResults(DeterminismTest.run(loaded, tmp.resolve("clean"), 2), dir);
    }

    @Test
    void anyThrowableOfOneRunIsThatRunsFailure(@TempDir Path tmp) {
        LoadedScenario loaded = DeterminismTest.small();
        Experiment failing = new Experiment(loaded, 2).withRunner((spec, sink) -> {
            if (spec.replication() == 1) {
                throw new AssertionError("an invariant broke");
            }
            new dev.rapport.model.MarketModel(spec, sink).runToHorizon();
        });
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("failed"), false);
        Outcome outcome = failing.run(folder, "test", ProgressListener.NONE);
        folder.commit();
        assertEquals(List.of(0, 2, 3), outcome.completedReplications());
        assertTrue(outcome.failures().stream().allMatch(f -> f.failure().replication() == 1));
        assertTrue(Files.isDirectory(tmp.resolve("failed").resolve(ReplicationStore.FOLDER)));
    }

    @Test
    void oneReplicationAloneReproducesItsRowsOfTheFullRun(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        Path full = DeterminismTest.run(loaded, tmp.resolve("full"), 2);
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("alone"), false);
        new Experiment(loaded, 1).only(List.of(2)).run(folder, "test", ProgressListener.NONE);
        folder.commit();
        List<String> alone = Files.readAllLines(tmp.resolve("alone").resolve(ResultFiles.SERIES));
        List<String> fromFull = Files.readAllLines(full.resolve(ResultFiles.SERIES)).stream()
                .filter(r -> r.split(",")[1].equals("2")).toList();
        assertEquals(fromFull, alone.subList(1, alone.size()));
    }

    /** An interrupted run holding replications 0 and 1, saved in resume/. */
    private static Path stoppedAfterTwo(LoadedScenario loaded, Path dir) {
        interrupted(loaded, dir, 2, 2 * loaded.scenario().effectiveStrategies().size());
        assertEquals(List.of(0, 1), ResultFiles.readManifest(dir).completedReplications());
        return dir;
    }

    @Test
    void d7_aSavedReplicationCutInHalfIsRunAgainOnResume(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        Path dir = stoppedAfterTwo(loaded, tmp.resolve("cut"));
        Path rows = dir.resolve(ReplicationStore.FOLDER).resolve("replication-000001.csv");
        byte[] bytes = Files.readAllBytes(rows);
        Files.write(rows, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(java.util.Set.of(0), new ReplicationStore(dir).completed(), "the cut file fails its checksum");
        assertEquals(java.util.Set.of(1), new ReplicationStore(dir).damaged());

        assertTrue(resume(new Experiment(loaded, 2), dir).complete());
        assertSameResults(DeterminismTest.run(loaded, tmp.resolve("clean"), 1), dir);
    }

    @Test
    void d8_aSavedValuesFileOfGarbageIsRunAgainOnResume(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        Path dir = stoppedAfterTwo(loaded, tmp.resolve("garbage"));
        Path values = dir.resolve(ReplicationStore.FOLDER).resolve("replication-000000.values");
        byte[] garbage = new byte[(int) Files.size(values)];
        new java.util.Random(8).nextBytes(garbage);
        Files.write(values, garbage);

        assertTrue(resume(new Experiment(loaded, 2), dir).complete());
        assertSameResults(DeterminismTest.run(loaded, tmp.resolve("clean"), 1), dir);
    }

    @Test
    void d8_aDamagedReplicationInTheWorkFolderItselfIsRunAgain(@TempDir Path tmp) throws IOException {
        LoadedScenario loaded = DeterminismTest.small();
        Path dir = stoppedAfterTwo(loaded, tmp.resolve("work"));
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("again"), false);
        folder.resumeFrom(dir);
        Files.write(folder.work().resolve(ReplicationStore.FOLDER).resolve("replication-000001.values"), new byte[] {1, 2, 3});
        new Experiment(loaded, 1).run(folder, "test", ProgressListener.NONE);
        folder.commit();
        assertSameResults(DeterminismTest.run(loaded, tmp.resolve("clean"), 1), tmp.resolve("again"));
    }
}
