package dev.rapport.experiment;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * values its summary needs. A replication counts as finished only once its rows file has its final
 * name, which is the last thing written, so an interruption at any moment leaves whole
 * replications or nothing. {@code series.csv} is these rows joined in replication order, which is
 * why a resumed run's files are byte-identical to an uninterrupted one's.
 */
final class ReplicationStore {
    static final String FOLDER = "resume";
    private static final Pattern ROWS = Pattern.compile("replication-(\\d{6})\\.csv");

    private final Path dir;

    ReplicationStore(Path resultFolder) {
        this.dir = resultFolder.resolve(FOLDER);
    }

    /** The replications whose files are complete. */
    SortedSet<Integer> completed() {
        SortedSet<Integer> done = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return done;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                Matcher m = ROWS.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(values(Integer.parseInt(m.group(1))))) {
                    done.add(Integer.parseInt(m.group(1)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return done;
    }

    /** The summary values of a finished replication: one array per strategy. */
    double[][] readValues(int replication, int strategies, int width) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(values(replication)))) {
            if (in.readInt() != strategies || in.readInt() != width) {
                throw new IllegalStateException("the saved replication " + replication + " in " + dir
                        + " does not match this scenario's strategies and metrics");
            }
            double[][] out = new double[strategies][width];
            for (double[] row : out) {
                for (int i = 0; i < width; i++) {
                    row[i] = in.readDouble();
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts writing a replication; nothing counts until {@link Pending#commit(double[][])}. */
    Pending begin(int replication, List<String> strategies, List<String> brands) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Pending(replication, new SeriesWriter(partial(replication), strategies, brands, false));
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

    /** Copies the finished replications of an earlier, incomplete result folder into this one. */
    void copyFrom(Path earlierResultFolder) {
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
    }

    /** Removes the folder once the result is complete and it is no longer needed. */
    void delete() {
        OutputFolder.deleteTree(dir);
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

        /** Saves the summary values, then gives the rows their final name: the replication is done. */
        void commit(double[][] values) {
            close();
            try {
                Path tmp = values(replication).resolveSibling(values(replication).getFileName() + ".partial");
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                    out.writeInt(values.length);
                    out.writeInt(values[0].length);
                    for (double[] row : values) {
                        for (double v : row) {
                            out.writeDouble(v);
                        }
                    }
                }
                Files.move(tmp, values(replication), StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial(replication), rows(replication), StandardCopyOption.REPLACE_EXISTING);
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
