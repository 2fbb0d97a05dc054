package dev.rapport.report;

import java.util.Arrays;
import java.util.List;

/**
 * The one exception the reports module throws for problems a person can fix: a results folder that
 * does not exist, a file that is missing or malformed, a report that cannot be written. It carries
 * a {@link Code} for programs (the CLI maps it to an exit code, tests assert on it) and a message
 * that says what is wrong and what to do, for people.
 */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem stopped the report. */
    public enum Code {
        /** The results folder does not exist or is not a folder. */
        RESULTS_FOLDER_NOT_FOUND,
        /** A file the report needs is not in the results folder. */
        MISSING_FILE,
        /** A file is present but cannot be read as the results format describes. */
        MALFORMED_FILE,
        /** The files are well formed but hold nothing to report on. */
        NO_DATA,
        /** Writing a chart or report file failed. */
        WRITE_FAILED,
        /** Rendering the report (HTML template or PDF layout) failed. */
        RENDER_FAILED,
        /** The folder's report is not available in the format asked for (an experiment's report is HTML only). */
        UNSUPPORTED_FORMAT,
        /**
         * Results compared side by side cannot be: fewer than two runs, a folder that is not a run's, or
         * runs whose horizons, tick lengths, objectives or metric sets differ.
         */
        RUNS_DIFFER
    }

    private final Code code;
    private final List<String> arguments;

    /**
     * @param code      what kind of problem it is
     * @param message   a sentence a person can act on
     * @param arguments the values the message names (paths, file names, line numbers)
     */
    public ReportException(Code code, String message, Object... arguments) {
        this(code, message, null, arguments);
    }

    /**
     * @param code      what kind of problem it is
     * @param message   a sentence a person can act on
     * @param cause     the underlying failure, kept for {@code --debug} stack traces
     * @param arguments the values the message names (paths, file names, line numbers)
     */
    public ReportException(Code code, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** @return what kind of problem this is */
    public Code code() {
        return code;
    }

    /** @return the values named in the message, as text, in the order given */
    public List<String> arguments() {
        return arguments;
    }
}
