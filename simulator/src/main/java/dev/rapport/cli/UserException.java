package dev.rapport.cli;

/** A mistake in how the tool was called that is not about a scenario file (exit code 2). */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
