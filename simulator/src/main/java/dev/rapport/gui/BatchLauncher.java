package dev.rapport.gui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Run as batch": runs the watched scenario exactly as {@code rapport run} would (every strategy,
 * every replication, the same overrides), as that very command in a JVM of its own, so that its
 * interrupt handling and exit never touch the GUI's. It writes into a new folder under
 * {@code results/} named after the scenario and the time, never over an earlier one. Knob changes
 * made in the GUI are not part of it: the batch runs the scenario file.
 */
public final class BatchLauncher {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Path resultsRoot;

    /** Batches writing into new folders under {@code resultsRoot}. */
    public BatchLauncher(Path resultsRoot) {
        this.resultsRoot = resultsRoot;
    }

    /** A folder under the results root that does not exist yet. */
    Path freshFolder(WatchedRun run, LocalDateTime now) {
        String file = run.loaded().file().getFileName().toString();
        String stem = file.endsWith(".yaml") ? file.substring(0, file.length() - 5) : file;
        Path base = resultsRoot.resolve(stem + "-gui-" + STAMP.format(now));
        Path out = base;
        for (int n = 2; Files.exists(out); n++) {
            out = resultsRoot.resolve(base.getFileName() + "-" + n);
        }
        return out;
    }

    /** The command line: this JVM's java and class path, {@code rapport run} with the run's overrides. */
    List<String> command(WatchedRun run, Path out) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.rapport.cli.Main");
        cmd.add("run");
        cmd.add(run.loaded().file().toString());
        cmd.add("--out");
        cmd.add(out.toString());
        cmd.add("--quiet");
        for (String override : run.loaded().overrides()) {
            cmd.add("--set");
            cmd.add(override);
        }
        return cmd;
    }

    /**
     * Runs the batch and waits for it, handing each line it prints to {@code lines}.
     *
     * @return the folder it wrote, and {@code rapport run}'s exit code
     */
    public Result run(WatchedRun run, Consumer<String> lines) throws IOException, InterruptedException {
        Path out = freshFolder(run, LocalDateTime.now());
        Process process = new ProcessBuilder(command(run, out)).redirectErrorStream(true).start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.accept(line);
            }
        }
        return new Result(out, process.waitFor());
    }

    /** What a batch did: where it wrote and {@code rapport run}'s exit code. */
    public record Result(Path folder, int exitCode) {
    }
}
