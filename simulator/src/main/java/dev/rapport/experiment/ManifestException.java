package dev.rapport.experiment;

/**
 * A result folder's {@code manifest.json} that cannot be read as a manifest; the message names the
 * folder, the field and what is allowed, in words a user can act on.
 */
public final class ManifestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ManifestException(String message) {
        super(message);
    }
}
