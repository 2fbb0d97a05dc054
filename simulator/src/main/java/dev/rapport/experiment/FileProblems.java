package dev.rapport.experiment;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** Says in plain words why the file system refused an output, without Java's exception names. */
final class FileProblems {
    private FileProblems() {
    }

    /** Why {@code e} happened, e.g. "permission denied" or "/a/b is a file, not a folder". */
    static String describe(IOException e) {
        String file = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : null;
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if ((e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) && file != null
                && !Files.isDirectory(Path.of(file))) {
            return file + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException && file != null) {
            Path parent = Path.of(file).getParent();
            // mkdir in /proc and the like fails with "no such file" although the parent is there.
            return parent != null && Files.isDirectory(parent)
                    ? "the file system at " + parent + " does not allow new files or folders"
                    : "no such folder: " + parent;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT) + (file != null ? " (" + file + ")" : "");
        }
        return e.getMessage() != null ? e.getMessage() : "an input/output error";
    }
}
