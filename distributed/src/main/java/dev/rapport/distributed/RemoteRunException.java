package dev.rapport.distributed;

/** A run that threw on an executor, as the driver records it: the original exception as text. */
public final class RemoteRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RemoteRunException(String message) {
        super(message, null, false, false);
    }

    @Override
    public String toString() {
        // The run's failure as the local engine would print it: the original exception, not this wrapper.
        return getMessage();
    }
}
