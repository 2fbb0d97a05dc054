package dev.rapport.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A result folder written safely: files go to a hidden temporary sibling and the folder is moved
 * into place only when complete, so a reader never sees half a result and a failed run leaves
 * nothing behind. An existing folder is replaced only when asked to ({@code --force}).
 */
public final class OutputFolder {
    private final Path target;
    private final Path work;
    private boolean done;

    private OutputFolder(Path target, Path work) {
        this.target = target;
        this.work = work;
    }

    /**
     * Prepares to write {@code target}. Throws {@link OutputExistsException} when it exists and
     * {@code force} is false.
     */
    public static OutputFolder prepare(Path target, boolean force) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !force) {
            throw new OutputExistsException(abs);
        }
        try {
            Path parent = abs.getParent();
            Files.createDirectories(parent);
            return new OutputFolder(abs, createWorkFolder(parent, "." + abs.getFileName() + ".partial-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder next to " + abs + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new, uniquely named folder made with {@link Files#createDirectory}, so that it gets the
     * permissions the user's umask gives any folder (typically rwxr-xr-x).
     * {@link Files#createTempDirectory} would make it rwx------, and the results moved into place
     * would stay unreadable to the colleagues they are meant for.
     */
    private static Path createWorkFolder(Path parent, String prefix) throws IOException {
        while (true) {
            Path candidate = parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // Another run chose the same name: try another.
            }
        }
    }

    /** Where files are written until {@link #commit()}. */
    public Path work() {
        return work;
    }

    /**
     * Starts from the finished replications of an earlier, incomplete result folder (copied, so
     * that the earlier folder stays intact until this one replaces it).
     *
     * @return the replications whose saved files are damaged and were not copied: the run does them again
     */
    public SortedSet<Integer> resumeFrom(Path earlierFolder) {
        return new ReplicationStore(work).copyFrom(earlierFolder);
    }

    public Path target() {
        return target;
    }

    /** Moves the finished folder into place, replacing an existing one (the caller allowed it). */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                Files.move(target, old);
            }
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(work, target);
            }
            if (old != null) {
                deleteTree(old);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the results into " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Leaves the work folder where it is, hidden beside the target, instead of committing or
     * deleting it: it holds finished replications that {@code --resume} will find.
     */
    public void keep() {
        done = true;
    }

    /** How many finished replications a result folder, or a work folder left beside one, holds for --resume. */
    public static int finishedReplications(Path folder) {
        return new ReplicationStore(folder).completed().size();
    }

    /** Removes the temporary folder of a run that did not finish. */
    public void abandon() {
        if (!done) {
            deleteTree(work);
        }
    }

    /** Deletes a folder and everything in it (a temporary folder no longer needed). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output folder exists and replacing it was not allowed. */
    public static final class OutputExistsException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;

        OutputExistsException(Path folder) {
            super("the output folder " + folder + " already exists");
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }
}
