package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.experiment.ResultFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost, as a user sees it: a real process killed mid-run leaves its finished
 * replications and an incomplete manifest, {@code --resume} finishes them, and
 * {@code rapport verify} confirms a result folder or names the file that was edited.
 */
class NothingLostTest {
    private static final String[] SMALL = {"--set", "population.size=600", "--set", "time.horizon_weeks=16",
            "--replications", "3", "--seed", "11"};

    private static Cli run(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static String[] with(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    @Test
    void verifyConfirmsAnUntouchedFolderAndNamesAnEditedFile(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("results");
        assertEquals(0, run(out, with(SMALL, "--threads", "2")).exitCode());
        Cli ok = Cli.run("verify", out.toString(), "--threads", "1");
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().contains("SHA-256 matches") && ok.out().contains("verified"), ok.out());
        for (String file : VerifyCommand.CHECKED) {
            assertTrue(ok.out().contains(file), file);
        }

        Path summary = out.resolve(ResultFiles.SUMMARY_CSV);
        List<String> lines = new ArrayList<>(Files.readAllLines(summary));
        lines.set(3, lines.get(3).replaceFirst(",[^,]*$", ",12345"));
        Files.write(summary, lines);
        Cli edited = Cli.run("verify", out.toString());
        assertEquals(1, edited.exitCode(), edited.out());
        assertTrue(edited.out().contains("summary.csv   DIFFERS from line 4"), edited.out());
        assertTrue(edited.out().contains("series.csv    identical"), edited.out());
    }

    @Test
    void verifyRefusesAScenarioThatChangedSinceTheRun(@TempDir Path tmp) throws IOException {
        Path scenario = tmp.resolve("market.yaml");
        Files.copy(Path.of("../scenarios/spend-vs-invest.yaml"), scenario);
        Path out = tmp.resolve("results");
        Cli first = Cli.run(with(new String[] {"run", scenario.toString(), "--out", out.toString(), "-q"}, SMALL));
        assertEquals(0, first.exitCode(), first.err());
        JsonNode manifest = ResultFiles.json().readTree(out.resolve(ResultFiles.MANIFEST).toFile());
        assertEquals(scenario.toAbsolutePath().normalize().toString(), manifest.get("scenario_path").asText());
        assertEquals("[0,1,2]", manifest.get("completed_replications").toString());
        assertEquals("[]", manifest.get("failures").toString());

        Files.writeString(scenario, Files.readString(scenario) + "\n# edited\n");
        Cli changed = Cli.run("verify", out.toString());
        assertEquals(1, changed.exitCode(), changed.out() + changed.err());
        assertTrue(changed.out().contains("CHANGED since the run"), changed.out());

        // The folder's own copy of the scenario still verifies when pointed at.
        Cli copy = Cli.run("verify", out.toString(), "--scenario", out.resolve("scenario.yaml").toString());
        assertEquals(0, copy.exitCode(), copy.out() + copy.err());
    }

    @Test
    void verifyChecksTheEdgeListFileToo(@TempDir Path tmp) throws IOException {
        StringBuilder csv = new StringBuilder("source,target\n");
        for (int i = 0; i < 300; i++) {
            csv.append(i).append(',').append((i + 1) % 300).append('\n').append(i).append(',').append((i + 7) % 300).append('\n');
        }
        Files.writeString(tmp.resolve("net.csv"), csv);
        Path scenario = tmp.resolve("net.yaml");
        Files.writeString(scenario, "name: net\nreplications: 2\ntime: {horizon_weeks: 8}\npopulation: {size: 300}\n"
                + "network: {type: edge_list, file: net.csv}\nbrands: [{name: a}]\n");
        Path out = tmp.resolve("results");
        Cli first = Cli.run("run", scenario.toString(), "--out", out.toString(), "-q");
        assertEquals(0, first.exitCode(), first.err());
        JsonNode manifest = ResultFiles.json().readTree(out.resolve(ResultFiles.MANIFEST).toFile());
        assertEquals(64, manifest.get("network_file_sha256").asText().length());
        assertEquals(0, Cli.run("verify", out.toString()).exitCode());

        Files.writeString(tmp.resolve("net.csv"), csv + "5,100\n");
        Cli changed = Cli.run("verify", out.toString());
        assertEquals(1, changed.exitCode(), changed.out());
        assertTrue(changed.out().contains("edge-list file: CHANGED"), changed.out());
    }

    @Test
    void verifyOfAFolderThatIsNotAResultIsAUserError(@TempDir Path tmp) {
        Cli cli = Cli.run("verify", tmp.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("no manifest.json"), cli.err());
    }

    @Test
    void verifyOfAnExperimentsFolderSaysWhatItIsAndHowToCheckIt(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("results");
        assertEquals(0, run(out, SMALL).exitCode());
        Files.writeString(out.resolve("sweep.json"), "{}");

        Cli cli = Cli.run("verify", out.toString());

        assertEquals(2, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.err().contains("holds a sweep (rapport sweep), which verify does not re-run")
                && cli.err().contains("compare the two folders' points.csv"), cli.err());
        assertTrue(cli.out().isEmpty(), "no verdict on files it did not check: " + cli.out());
    }

    @Test
    void verifyOfAManifestListingReplicationsTheScenarioHasNotIsAUserError(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("results");
        assertEquals(0, run(out, SMALL).exitCode());
        Path manifest = out.resolve(ResultFiles.MANIFEST);
        ObjectNode edited = (ObjectNode) ResultFiles.json().readTree(manifest.toFile());
        edited.putArray("completed_replications").add(0).add(7);
        ResultFiles.json().writeValue(manifest.toFile(), edited);

        Cli cli = Cli.run("verify", out.toString());
        assertEquals(2, cli.exitCode(), cli.out() + cli.err());
        assertTrue(cli.err().contains("not a valid result folder: " + out) && cli.err().contains("replication 7"), cli.err());
    }

    /** A verify killed (as Ctrl-C would) while it re-runs leaves no scratch folder in the temporary directory. */
    @Test
    void anInterruptedVerifyLeavesNoScratchFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("results");
        // One replication of twelve, then the manifest claims all twelve: verify has a long re-run to do.
        Cli one = run(out, "--set", "population.size=3000", "--set", "time.horizon_weeks=52", "--replications", "12",
                "--seed", "5", "--only-replication", "0", "--threads", "1");
        assertEquals(0, one.exitCode(), one.err());
        Path manifest = out.resolve(ResultFiles.MANIFEST);
        ObjectNode edited = (ObjectNode) ResultFiles.json().readTree(manifest.toFile());
        var all = edited.putArray("completed_replications");
        for (int r = 0; r < 12; r++) {
            all.add(r);
        }
        ResultFiles.json().writeValue(manifest.toFile(), edited);

        Path scratchRoot = Files.createDirectory(tmp.resolve("tmpdir"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + scratchRoot, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "verify", out.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (firstReplicationSaved(scratchRoot) == null && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(25);
            }
            assertTrue(process.isAlive() && firstReplicationSaved(scratchRoot) != null,
                    "verify is re-running: " + Files.readString(tmp.resolve("log.txt")));
            process.destroy();
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the process ends after SIGTERM");
        } finally {
            process.destroyForcibly();
        }
        try (Stream<Path> left = Files.list(scratchRoot)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rapport-verify-")).toList(),
                    Files.readString(tmp.resolve("log.txt")));
        }
    }

    @Test
    void resumeRefusesACompleteFolderAndADifferentScenario(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("results");
        assertEquals(0, run(out, SMALL).exitCode());
        Cli complete = run(out, "--resume");
        assertEquals(2, complete.exitCode());
        assertTrue(complete.err().contains("nothing to resume") && complete.err().contains("complete"), complete.err());
        Cli missing = run(tmp.resolve("nowhere"), "--resume");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no manifest.json"), missing.err());
        Cli both = run(out, "--resume", "--force");
        assertEquals(2, both.exitCode());
        Cli one = run(out, "--resume", "--only-replication", "1");
        assertEquals(2, one.exitCode());
        assertTrue(one.err().contains("another --out"), one.err());
    }

    @Test
    void onlyReplicationMustNameOne(@TempDir Path tmp) {
        Cli cli = run(tmp.resolve("o"), with(SMALL, "--only-replication", "3"));
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("between 0 and 2"), cli.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    /** Starts a real run of 12 replications and returns once its first replication is saved. */
    private static Process startAndAwaitFirstReplication(Path tmp, Path out, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q", "--threads", "1",
                "--set", "population.size=3000", "--set", "time.horizon_weeks=52", "--replications", "12", "--seed", "5"));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log.txt").toFile()).start();
        // Poll for the first finished replication in the hidden work folder; generous so a busy machine passes.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (firstReplicationSaved(tmp) == null && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertTrue(process.isAlive(), "the run should still be going: " + Files.readString(tmp.resolve("log.txt")));
        assertTrue(firstReplicationSaved(tmp) != null, "a replication finished within the time allowed");
        return process;
    }

    /**
     * A real process, killed (SIGTERM, as a scheduler or Ctrl-C's SIGINT would) once its first replication
     * is on disk: the folder appears with the finished replications and "complete": false, and
     * --resume completes it to the same files as an uninterrupted run.
     */
    @Test
    void aKilledRunKeepsItsFinishedReplicationsAndResumes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("killed");
        Process process = startAndAwaitFirstReplication(tmp, out);
        try {
            // SIGTERM (what kill and schedulers send) runs the same hook as Ctrl-C's SIGINT. SIGINT
            // is not sent here: a build started in the background has it ignored, and so would the child.
            process.destroy();
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the process ends after SIGTERM");
            // 128 + SIGTERM when the JVM halts on the signal; 130 (interrupted) when the command's own
            // thread, told to stop by the hook, returns its exit code first: a race the files do not
            // depend on, seen on a loaded machine.
            int code = process.exitValue();
            assertTrue(code == 143 || code == ExitCodes.INTERRUPTED, "128 + SIGTERM or interrupted, not " + code);
        } finally {
            process.destroyForcibly();
        }
        String log = Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
        assertTrue(log.contains("interrupted:") && log.contains("--resume"), log);
        JsonNode manifest = ResultFiles.json().readTree(out.resolve(ResultFiles.MANIFEST).toFile());
        assertFalse(manifest.get("complete").asBoolean(), manifest.toString());
        int kept = manifest.get("completed_replications").size();
        assertTrue(kept >= 1 && kept < 12, "finished replications kept: " + kept);
        assertTrue(Files.readAllLines(out.resolve(ResultFiles.SERIES)).size() > 1, "their rows are in series.csv");

        Cli resumed = run(out, "--resume", "--threads", "2");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(ResultFiles.json().readTree(out.resolve(ResultFiles.MANIFEST).toFile()).get("complete").asBoolean());
        Cli verified = Cli.run("verify", out.toString());
        assertEquals(0, verified.exitCode(), verified.out());
    }

    /**
     * kill -9 runs no shutdown hook, so the folder never moves into place; --resume finds the
     * hidden work folder beside it, finishes it and removes it.
     */
    @Test
    void aRunKilledWithoutWarningIsResumedFromItsWorkFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("crashed");
        Process process = startAndAwaitFirstReplication(tmp, out);
        process.destroyForcibly();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertFalse(Files.exists(out), "no hook ran, so nothing was moved into place");

        Cli resumed = run(out, "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        JsonNode manifest = ResultFiles.json().readTree(out.resolve(ResultFiles.MANIFEST).toFile());
        assertTrue(manifest.get("complete").asBoolean());
        assertEquals(12, manifest.get("completed_replications").size());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                    "the work folder was removed once resumed");
        }
        assertEquals(0, Cli.run("verify", out.toString()).exitCode());
    }

    /**
     * D7, as a user met it: kill -9, then a saved replication cut in half (a full disk, a copy
     * interrupted). --resume must not splice the half file into series.csv: it runs that
     * replication again, says so, and the result verifies.
     */
    @Test
    void d7_aReplicationCutInHalfAfterKill9IsRunAgainOnResume(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("crashed");
        Process process = startAndAwaitFirstReplication(tmp, out);
        process.destroyForcibly();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        Path rows = firstReplicationSaved(tmp);
        byte[] bytes = Files.readAllBytes(rows);
        Files.write(rows, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Cli resumed = run(out, "--resume", "--threads", "2");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("replication 0's saved file is damaged; running it again"), resumed.err());
        assertTrue(ResultFiles.json().readTree(out.resolve(ResultFiles.MANIFEST).toFile()).get("complete").asBoolean());
        Cli verified = Cli.run("verify", out.toString());
        assertEquals(0, verified.exitCode(), verified.out());
    }

    /**
     * A --force run killed part-way must not cost the complete results it was to replace: they
     * stay as they were, the new run's finished replications wait in the hidden work folder, and
     * --resume finishes that run and removes the folder.
     */
    @Test
    void anInterruptedForceRunLeavesTheEarlierResultsInPlace(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("results");
        assertEquals(0, run(out, SMALL).exitCode());
        byte[] earlierSeries = Files.readAllBytes(out.resolve(ResultFiles.SERIES));
        byte[] earlierManifest = Files.readAllBytes(out.resolve(ResultFiles.MANIFEST));

        Process process = startAndAwaitFirstReplication(tmp, out, "--force");
        try {
            process.destroy();
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the process ends after SIGTERM");
        } finally {
            process.destroyForcibly();
        }
        String log = Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
        assertArrayEquals(earlierSeries, Files.readAllBytes(out.resolve(ResultFiles.SERIES)), log);
        assertArrayEquals(earlierManifest, Files.readAllBytes(out.resolve(ResultFiles.MANIFEST)), log);
        assertTrue(log.contains("left unchanged") && log.contains(".results.partial-") && log.contains("--resume"), log);
        try (Stream<Path> hidden = Files.list(tmp)) {
            assertEquals(1, hidden.filter(p -> p.getFileName().toString().startsWith(".results.partial-")).count(), log);
        }

        Cli resumed = run(out, "--resume", "--threads", "2");
        assertEquals(0, resumed.exitCode(), resumed.err());
        JsonNode manifest = ResultFiles.json().readTree(out.resolve(ResultFiles.MANIFEST).toFile());
        assertTrue(manifest.get("complete").asBoolean());
        assertEquals(12, manifest.get("completed_replications").size(), "the --force run's scenario, finished");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList());
        }
    }

    private static Path firstReplicationSaved(Path tmp) throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            return files.filter(p -> p.getFileName().toString().equals("replication-000000.csv")).findFirst().orElse(null);
        }
    }
}
