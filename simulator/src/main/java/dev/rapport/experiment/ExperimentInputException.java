package dev.rapport.experiment;

/**
 * An experiment asked for something it cannot do with this scenario or folder: a switch-off week
 * outside the horizon, a folder that is not a finished result, a replication it does not hold.
 * The message says what to change in plain words; the command exits 2.
 */
public final class ExperimentInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExperimentInputException(String message) {
        super(message);
    }
}
