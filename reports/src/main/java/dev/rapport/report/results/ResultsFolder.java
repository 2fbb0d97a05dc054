package dev.rapport.report.results;

import dev.rapport.report.ReportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder written by {@code rapport run}, and the names of the files in it. Checks that the files
 * the report needs are there before anything is parsed, so a wrong path fails at once with a
 * message that says what to do.
 *
 * @param dir the folder
 */
public record ResultsFolder(Path dir) {

    /** The time series, one row per strategy, replication, tick, brand and metric. */
    public static final String SERIES = "series.csv";
    /** Summaries at checkpoint weeks and paired comparisons. */
    public static final String SUMMARY = "summary.json";
    /** What was run: versions, seeds, strategies. */
    public static final String MANIFEST = "manifest.json";
    /** The scenario as the model saw it. */
    public static final String SCENARIO = "scenario.json";
    /** The scenario file as it was run, whose SHA-256 the manifest records. */
    public static final String SCENARIO_YAML = "scenario.yaml";

    /**
     * @throws ReportException {@code RESULTS_FOLDER_NOT_FOUND} when {@code dir} is not a folder
     */
    public static ResultsFolder open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ReportException(ReportException.Code.RESULTS_FOLDER_NOT_FOUND,
                    "results folder " + dir + " does not exist or is not a folder; "
                            + "give the folder `rapport run` wrote", dir);
        }
        return new ResultsFolder(dir);
    }

    /**
     * @return the path of a file the report cannot do without
     * @throws ReportException {@code MISSING_FILE} when it is absent
     */
    public Path require(String fileName) {
        Path file = dir.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new ReportException(ReportException.Code.MISSING_FILE,
                    "results folder " + dir + " has no " + fileName
                            + "; run `rapport run` first, or give the folder it wrote", dir, fileName);
        }
        return file;
    }

    /** @return the path of a file the report can do without, when it is there */
    public Optional<Path> optional(String fileName) {
        Path file = dir.resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
