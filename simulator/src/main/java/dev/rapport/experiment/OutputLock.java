package dev.rapport.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An operating-system lock on an output folder, held while one run writes it, so that a second
 * run into the same folder is refused instead of one silently replacing the other's results.
 *
 * <p>The lock is taken on a hidden file beside the folder ({@code .NAME.lock}); the operating
 * system releases it when the process ends in any way, kill -9 included, so a crash never leaves
 * the folder locked. The file names the holder (its process id and when it started) for the
 * message the second run prints. The holder deletes the file before releasing the lock, so none
 * is left beside the results; a run that opened the file just before it was deleted sees (by its
 * inode) that the path now names another file or none, and tries again on the new one, so two
 * runs do not both hold the folder.
 */
final class OutputLock implements AutoCloseable {
    private static final int ATTEMPTS = 20;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code target} (absolute, normalized, not a root). */
    static Path fileOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Locks {@code target} for this run.
     *
     * @throws OutputRefusedException when another run holds it
     * @throws IOException            when the lock file cannot be made (the folder is not writable)
     */
    static OutputLock acquire(Path target) throws IOException {
        Path file = fileOf(target);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object before = key(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                Object opened = key(file);
                if (opened == null || before != null && !before.equals(opened)) {
                    channel.close();
                    continue;
                }
                lock = tryLock(channel);
                if (lock == null) {
                    throw busy(target, channel);
                }
                if (!opened.equals(key(file))) {
                    // The previous holder deleted the file as we locked it: lock the new one.
                    lock.release();
                    channel.close();
                    continue;
                }
                String note = "process " + ProcessHandle.current().pid() + ", started "
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                return new OutputLock(file, channel, lock);
            } catch (IOException | RuntimeException e) {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
                channel.close();
                throw e;
            }
        }
        throw new OutputRefusedException("another rapport run is writing " + target
                + "; wait for it to finish, or choose another --out");
    }

    /**
     * The identity of the file at {@code file} (its inode), or null when there is none. Read with
     * stat, without opening the file: on POSIX systems closing any descriptor of the file would
     * release this process's lock on it, so the lock file is only ever read through the channel.
     */
    private static Object key(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : file;
        } catch (IOException e) {
            return null;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by another run in this same process (tests, or a tool embedding Rapport).
            return null;
        }
    }

    private static OutputRefusedException busy(Path target, FileChannel channel) {
        String note;
        try {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            channel.read(buffer, 0);
            note = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        } catch (IOException e) {
            note = "";
        }
        String who = note.isBlank() ? "" : " (" + note.trim() + ")";
        return new OutputRefusedException("another rapport run" + who + " is writing " + target
                + "; wait for it to finish, or choose another --out");
    }

    /** Deletes the lock file, then releases the lock (in that order: see the class comment); once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind it does no harm: the next run locks it and deletes it.
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases it too, and so does the end of the process.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing is left to undo: the process ending closes it.
        }
    }
}
