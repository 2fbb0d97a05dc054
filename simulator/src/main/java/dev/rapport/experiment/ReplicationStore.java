package dev.rapport.experiment;

import dev.rapport.model.Metric;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The finished replications of a run, one pair of files each, in the result folder's
 * {@code resume/} folder: the replication's series rows (every strategy, no header) and the exact
 * values its summary needs, followed by a SHA-256 of both (rows, then values). A replication
 * counts as finished only once its rows file has its final name, which is the last thing written,
 * so an interruption at any moment leaves whole replications or nothing; and only while both
 * files still match their checksum, so that a file cut short, overwritten or saved without a
 * checksum (by an earlier version) is run again rather than spliced into {@code series.csv}. {@code series.csv} is these rows joined in replication order, which is
 * why a resumed run's files are byte-identical to an uninterrupted one's.
 */
final class ReplicationStore {
    static final String FOLDER = "resume";
    private static final Pattern ROWS = Pattern.compile("replication-(\\d{6})\\.csv");
    private static final int CHECKSUM_BYTES = 32;

    private final Path dir;

    ReplicationStore(Path resultFolder) {
        this.dir = resultFolder.resolve(FOLDER);
    }

    /** The replications whose files are complete and match their checksum. */
    SortedSet<Integer> completed() {
        SortedSet<Integer> done = new TreeSet<>();
        for (int r : saved()) {
            if (intact(r)) {
                done.add(r);
            }
        }
        return done;
    }

    /**
     * The replications whose rows file has its final name but whose files fail their checksum (cut
     * short, overwritten, without a checksum, or a values file missing): they must be run again.
     */
    SortedSet<Integer> damaged() {
        SortedSet<Integer> bad = new TreeSet<>();
        for (int r : saved()) {
            if (!intact(r)) {
                bad.add(r);
            }
        }
        return bad;
    }

    /** The replications whose rows file has its final name, intact or not. */
    private SortedSet<Integer> saved() {
        SortedSet<Integer> saved = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return saved;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                Matcher m = ROWS.matcher(p.getFileName().toString());
                if (m.matches()) {
                    saved.add(Integer.parseInt(m.group(1)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return saved;
    }

    /** Whether both files of a replication are there and match the checksum at the end of the values file. */
    private boolean intact(int r) {
        try {
            if (!Files.isRegularFile(rows(r)) || !Files.isRegularFile(values(r))) {
                return false;
            }
            byte[] saved = Files.readAllBytes(values(r));
            if (saved.length < 2 * Integer.BYTES + CHECKSUM_BYTES) {
                return false;
            }
            int body = saved.length - CHECKSUM_BYTES;
            byte[] expected = checksum(rows(r), saved, body);
            return MessageDigest.isEqual(expected, Arrays.copyOfRange(saved, body, saved.length));
        } catch (IOException e) {
            // Unreadable counts as damaged: running the replication again costs time, not results.
            return false;
        }
    }

    /** SHA-256 of the rows file followed by the first {@code length} bytes of {@code values}. */
    private static byte[] checksum(Path rows, byte[] values, int length) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(rows), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        sha.update(values, 0, length);
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /**
     * The summary values of a finished replication, one array per strategy, or null when the file
     * does not hold values of this scenario's shape (then the replication is run again).
     */
    double[][] readValues(int replication, int strategies, int width) {
        try {
            byte[] saved = Files.readAllBytes(values(replication));
            if (saved.length != 2 * Integer.BYTES + (long) strategies * width * Double.BYTES + CHECKSUM_BYTES) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved));
            if (in.readInt() != strategies || in.readInt() != width) {
                return null;
            }
            double[][] out = new double[strategies][width];
            for (double[] row : out) {
                for (int i = 0; i < width; i++) {
                    row[i] = in.readDouble();
                }
            }
            return out;
        } catch (IOException e) {
            return null;
        }
    }

    /** Starts writing a replication; nothing counts until {@link Pending#commit(double[][])}. */
    Pending begin(int replication, List<String> strategies, List<String> brands, List<Metric> metrics) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Pending(replication, new SeriesWriter(partial(replication), strategies, brands, metrics, false));
    }

    /** Writes the header and the rows of {@code replications}, in ascending order, to {@code series}. */
    void assemble(Path series, Collection<Integer> replications) {
        try (OutputStream out = Files.newOutputStream(series)) {
            out.write((String.join(",", SeriesWriter.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int r : new TreeSet<>(replications)) {
                try (InputStream in = Files.newInputStream(rows(r))) {
                    in.transferTo(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the finished replications of an earlier, incomplete result folder into this one.
     *
     * @return the replications left behind because their files are damaged: they will be run again
     */
    SortedSet<Integer> copyFrom(Path earlierResultFolder) {
        ReplicationStore earlier = new ReplicationStore(earlierResultFolder);
        try {
            Files.createDirectories(dir);
            for (int r : earlier.completed()) {
                // Values first: a replication counts once its rows file exists.
                Files.copy(earlier.values(r), values(r), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(earlier.rows(r), rows(r), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return earlier.damaged();
    }

    /** Removes the folder once the result is complete and it is no longer needed. */
    void delete() {
        OutputFolder.deleteTree(dir);
    }

    /** Renames atomically where the file system can, so a replication's file is whole or absent. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path rows(int r) {
        return dir.resolve(String.format(Locale.ROOT, "replication-%06d.csv", r));
    }

    private Path partial(int r) {
        return dir.resolve(String.format(Locale.ROOT, "replication-%06d.csv.partial", r));
    }

    private Path values(int r) {
        return dir.resolve(String.format(Locale.ROOT, "replication-%06d.values", r));
    }

    /** A replication being written. */
    final class Pending {
        private final int replication;
        private final SeriesWriter writer;
        private boolean closed;

        private Pending(int replication, SeriesWriter writer) {
            this.replication = replication;
            this.writer = writer;
        }

        void write(RunSeries run) {
            writer.write(run);
        }

        /**
         * Saves the summary values and the checksum of both files, each flushed to the disk, then
         * gives the rows their final name: the replication is done.
         */
        void commit(double[][] values) {
            close();
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(bytes)) {
                    out.writeInt(values.length);
                    out.writeInt(values[0].length);
                    for (double[] row : values) {
                        for (double v : row) {
                            out.writeDouble(v);
                        }
                    }
                }
                byte[] body = bytes.toByteArray();
                byte[] sum = checksum(partial(replication), body, body.length);
                Path tmp = values(replication).resolveSibling(values(replication).getFileName() + ".partial");
                try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    out.write(ByteBuffer.wrap(body));
                    out.write(ByteBuffer.wrap(sum));
                    out.force(true);
                }
                try (FileChannel rows = FileChannel.open(partial(replication), StandardOpenOption.WRITE)) {
                    rows.force(true);
                }
                move(tmp, values(replication));
                move(partial(replication), rows(replication));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Drops a replication that failed or was interrupted. */
        void discard() {
            close();
            try {
                Files.deleteIfExists(partial(replication));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void close() {
            if (!closed) {
                closed = true;
                writer.close();
            }
        }
    }
}
