package dev.rapport.report.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The experiments whose folders have a report, each known by its files: its record (JSON) or its
 * main table (CSV). Checked in this order because sensitivity analysis and discovery run as sweeps
 * (their folders hold the sweep's files too), and a calibration writes a {@code trace.csv} as an
 * optimisation does.
 */
public enum ExperimentKind {
    SENSITIVITY("sensitivity analysis", "rapport sensitivity", "sensitivity.json", "sensitivity.csv"),
    DISCOVERY("scenario discovery", "rapport discover", "discovery.json", "discovery.csv"),
    CALIBRATION("calibration", "rapport calibrate", "calibration.json", "calibration.csv"),
    OPTIMIZATION("budget optimisation", "rapport optimize", "optimize.json", "response.csv"),
    SWEEP("sweep", "rapport sweep", "sweep.json", "points.csv");

    private final String label;
    private final String command;
    private final String record;
    private final String table;

    ExperimentKind(String label, String command, String record, String table) {
        this.label = label;
        this.command = command;
        this.record = record;
        this.table = table;
    }

    /** @return what the experiment is, in words: "sensitivity analysis" */
    public String label() {
        return label;
    }

    /** @return the command that writes such a folder */
    public String command() {
        return command;
    }

    /** @return the experiment's JSON record */
    public String record() {
        return record;
    }

    /** @return the experiment's main table */
    public String table() {
        return table;
    }

    /** @return the experiment {@code dir} holds, or empty when it holds none */
    public static Optional<ExperimentKind> of(Path dir) {
        return Arrays.stream(values())
                .filter(k -> Files.isRegularFile(dir.resolve(k.record)) || Files.isRegularFile(dir.resolve(k.table)))
                .findFirst();
    }

    /** @return the file names that make a folder an experiment's, for messages */
    public static List<String> markers() {
        return Arrays.stream(values()).flatMap(k -> List.of(k.table, k.record).stream()).toList();
    }
}
