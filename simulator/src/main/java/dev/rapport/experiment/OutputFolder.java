package dev.rapport.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A result folder written safely: files go to a hidden temporary sibling and the folder is moved
 * into place only when complete, so a reader never sees half a result and a failed run leaves
 * nothing behind. An existing folder is replaced only when asked to ({@code --force}) and only if
 * it is a result folder ({@link ResultFolders}); the folder is locked against other runs from
 * {@link #prepare} until {@link #commit}, {@link #keep} or {@link #abandon} ({@link OutputLock}).
 */
public final class OutputFolder {
    private Path target;
    private final Path work;
    private final boolean replace;
    private final OutputLock lock;
    private boolean movedAside;
    private boolean done;

    private OutputFolder(Path target, Path work, boolean replace, OutputLock lock) {
        this.target = target;
        this.work = work;
        this.replace = replace;
        this.lock = lock;
    }

    /**
     * Prepares to write {@code target}. Throws {@link OutputExistsException} when it exists and
     * {@code force} is false.
     */
    public static OutputFolder prepare(Path target, boolean force) {
        return prepare(target, force, List.of());
    }

    /**
     * Prepares to write {@code target}, holding it against other runs ({@link OutputLock}) until
     * {@link #commit()}, {@link #keep()} or {@link #abandon()}; call {@link #abandon()} in every case.
     *
     * @param replace whether an existing folder may be replaced ({@code --force}, {@code --resume}),
     *                and then only if {@link ResultFolders} allows it
     * @param inputs  the files the run reads, which a replaced folder must not hold
     * @throws OutputExistsException   when it exists and {@code replace} is false
     * @throws OutputRefusedException  when it may not be replaced, another run holds it, or it
     *                                 cannot be created
     */
    public static OutputFolder prepare(Path target, boolean replace, List<Path> inputs) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) {
            throw new OutputRefusedException("the output folder " + abs + " is the root of a file system; "
                    + "choose a folder inside it with --out");
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw cannotCreate(abs, e);
        }
        OutputLock lock;
        try {
            lock = OutputLock.acquire(abs);
        } catch (IOException e) {
            throw cannotCreate(abs, e);
        }
        try {
            if (ResultFolders.present(abs)) {
                String why = ResultFolders.whyNotReplaceable(abs, inputs);
                if (why != null) {
                    throw new OutputRefusedException("will not replace " + abs + ": " + why + "; choose another --out");
                }
                if (!replace) {
                    throw new OutputExistsException(abs);
                }
            }
            return new OutputFolder(abs, createWorkFolder(parent, "." + abs.getFileName() + ".partial-"), replace, lock);
        } catch (IOException e) {
            lock.close();
            throw cannotCreate(abs, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static OutputRefusedException cannotCreate(Path target, IOException e) {
        return new OutputRefusedException("cannot create the output folder " + target + ": " + FileProblems.describe(e));
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

    /** Where the results are, or go: the folder asked for, or another name (see {@link #movedAside()}). */
    public Path target() {
        return target;
    }

    /**
     * Whether {@link #commit()} found the folder taken (by something that does not lock it, say an
     * older Rapport or a user's copy) and, rather than replace what it may not, put the results
     * beside it under another name, {@link #target()}.
     */
    public boolean movedAside() {
        return movedAside;
    }

    /**
     * Moves the finished folder into place, replacing an existing one (the caller allowed it and
     * {@link ResultFolders} agrees); a folder that appeared during the run and may not be replaced
     * is left alone and the results go beside it ({@link #movedAside()}). Other runs may then
     * write the folder.
     */
    public void commit() {
        commitThen(() -> { });
    }

    /**
     * As {@link #commit()}, and runs {@code tidyUp} once the results are in place but before other
     * runs may write the folder (say, deleting the work folders a resumed run came from).
     */
    public void commitThen(Runnable tidyUp) {
        try {
            move();
            tidyUp.run();
        } finally {
            lock.close();
        }
    }

    private void move() {
        try {
            Path old = null;
            if (ResultFolders.present(target) && (!replace || ResultFolders.whyNotReplaceable(target, List.of()) != null)) {
                target = freeSibling(target);
                movedAside = true;
            }
            if (ResultFolders.present(target)) {
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
            throw new UncheckedIOException("cannot move the results into " + target + ": " + FileProblems.describe(e), e);
        }
    }

    /** NAME-2, NAME-3, ...: the first name beside {@code taken} that nothing has. */
    private static Path freeSibling(Path taken) {
        for (int n = 2; ; n++) {
            Path candidate = taken.resolveSibling(taken.getFileName() + "-" + n);
            if (!ResultFolders.present(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Leaves the work folder where it is, hidden beside the target, instead of committing or
     * deleting it: it holds finished replications that {@code --resume} will find.
     */
    public void keep() {
        done = true;
        lock.close();
    }

    /** How many finished replications a result folder, or a work folder left beside one, holds for --resume. */
    public static int finishedReplications(Path folder) {
        return new ReplicationStore(folder).completed().size();
    }

    /**
     * Removes the temporary folder of a run that did not finish (unless {@link #keep() kept}) and
     * lets other runs write the folder; call it once the run is over in every case.
     */
    public void abandon() {
        try {
            if (!done) {
                deleteTree(work);
            }
        } finally {
            lock.close();
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
