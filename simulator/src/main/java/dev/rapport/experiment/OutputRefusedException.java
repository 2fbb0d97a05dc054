package dev.rapport.experiment;

/**
 * The output folder cannot or may not be written: it is not a result folder that {@code --force}
 * may replace, another run is writing it, or the file system refuses it. The message says why in
 * plain words (no exception class names) and what to do; the command exits 2.
 */
public final class OutputRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }
}
