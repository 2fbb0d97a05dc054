package dev.rapport.experiment.points;

import dev.rapport.experiment.OutputFolder;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.zip.CRC32;

/**
 * The finished runs of an experiment, in the result folder's {@code resume/runs.bin}: one
 * fixed-size record per run at the run's place in the fixed order ({@link RunKey#index}), holding
 * the index, the run's values and a CRC-32 of both. A run counts as finished only while its record
 * matches its checksum, so a record cut short by a kill or a power cut, or never written (a hole
 * reads as zeros, whose checksum does not match), is run again rather than read. One file with
 * random access, not a file per run as {@code ReplicationStore} keeps: an experiment can have
 * hundreds of thousands of runs, each only a few numbers.
 *
 * <p>The header says how many values a run has and how many runs there are; a file of another
 * shape (another experiment) holds nothing finished for this one.
 */
public final class RunStore {
    static final String FOLDER = "resume";
    static final String FILE = "runs.bin";
    private static final long MAGIC = 0x5241505053575031L; // "RAPPSWP1"
    private static final int HEADER = Long.BYTES + Integer.BYTES + Long.BYTES;

    private final Path file;
    private final int width;
    private final long total;

    /**
     * @param width the values of one run
     * @param total the runs of the experiment
     */
    public RunStore(Path resultFolder, int width, long total) {
        this.file = resultFolder.resolve(FOLDER).resolve(FILE);
        this.width = width;
        this.total = total;
    }

    private int recordBytes() {
        return Long.BYTES + width * Double.BYTES + Long.BYTES;
    }

    /** Whether the file is there with this experiment's shape. */
    private boolean matches() {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (header.hasRemaining() && in.read(header) >= 0) {
                // fill
            }
            header.flip();
            return header.remaining() == HEADER && header.getLong() == MAGIC && header.getInt() == width
                    && header.getLong() == total;
        } catch (IOException e) {
            return false;
        }
    }

    /** The runs whose records are intact, by index. */
    public BitSet completed() {
        BitSet done = new BitSet();
        if (!matches()) {
            return done;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long stored = Math.min(total, (in.size() - HEADER) / recordBytes());
            ByteBuffer record = ByteBuffer.allocate(recordBytes());
            for (long i = 0; i < stored; i++) {
                if (read(in, i, record) != null) {
                    done.set(Math.toIntExact(i));
                }
            }
        } catch (IOException e) {
            // Unreadable counts as not finished: running again costs time, not results.
            return new BitSet();
        }
        return done;
    }

    /** The values of run {@code index} as saved, or null when its record is not intact. */
    private double[] read(FileChannel in, long index, ByteBuffer record) throws IOException {
        record.clear();
        long at = HEADER + index * recordBytes();
        while (record.hasRemaining()) {
            if (in.read(record, at + record.position()) < 0) {
                return null;
            }
        }
        record.flip();
        if (record.getLong(0) != index) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(record.array(), 0, recordBytes() - Long.BYTES);
        if (record.getLong(recordBytes() - Long.BYTES) != crc.getValue()) {
            return null;
        }
        double[] values = new double[width];
        for (int v = 0; v < width; v++) {
            values[v] = record.getDouble(Long.BYTES + v * Double.BYTES);
        }
        return values;
    }

    /** Opens the store to read finished runs and save new ones; a file of another shape is started afresh. */
    public Session open() {
        try {
            Files.createDirectories(file.getParent());
            if (!matches()) {
                Files.deleteIfExists(file);
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer header = ByteBuffer.allocate(HEADER).putLong(MAGIC).putInt(width).putLong(total);
                    header.flip();
                    while (header.hasRemaining()) {
                        out.write(header);
                    }
                    out.force(true);
                }
            }
            return new Session(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the finished runs of an earlier, incomplete result folder into this one. */
    public void copyFrom(Path earlierResultFolder) {
        Path earlier = earlierResultFolder.resolve(FOLDER).resolve(FILE);
        if (!Files.isRegularFile(earlier)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.copy(earlier, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a result folder (or a work folder beside one) holds saved runs of an experiment. */
    public static boolean present(Path resultFolder) {
        return Files.isRegularFile(resultFolder.resolve(FOLDER).resolve(FILE));
    }

    /** Removes the store once the result is complete and it is no longer needed. */
    public void delete() {
        OutputFolder.deleteTree(file.getParent());
    }

    /** The store open for reading and writing runs. */
    public final class Session implements Closeable {
        private final FileChannel channel;
        private final ByteBuffer record = ByteBuffer.allocate(recordBytes());

        private Session(FileChannel channel) {
            this.channel = channel;
        }

        /** The saved values of run {@code index}, or null when it has not finished. */
        public double[] get(long index) {
            try {
                return read(channel, index, record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Saves a finished run, flushed to the disk before it counts. */
        public void put(long index, double[] values) {
            if (values.length != width) {
                throw new IllegalArgumentException("a run of " + values.length + " values, the store holds " + width);
            }
            ByteBuffer out = ByteBuffer.allocate(recordBytes());
            out.putLong(index);
            for (double v : values) {
                out.putDouble(v);
            }
            CRC32 crc = new CRC32();
            crc.update(out.array(), 0, recordBytes() - Long.BYTES);
            out.putLong(crc.getValue());
            out.flip();
            long at = HEADER + index * recordBytes();
            try {
                while (out.hasRemaining()) {
                    channel.write(out, at + out.position());
                }
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
