package dev.rapport.experiment.optimize;

/** An optimisation that cannot be set up as asked (bad bounds, an unknown lever or objective): the user's to fix. */
public final class OptimizeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OptimizeException(String message) {
        super(message);
    }
}
