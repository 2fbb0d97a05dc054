package dev.rapport.experiment.points;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run counts as finished only while its record is intact and the store is this experiment's. */
class RunStoreTest {
    @Test
    void savedRunsAreFoundAndADamagedRecordIsNot(@TempDir Path tmp) throws IOException {
        RunStore store = new RunStore(tmp, 2, 10);
        try (RunStore.Session s = store.open()) {
            s.put(0, new double[] {1, 2});
            s.put(1, new double[] {3, 4});
            s.put(7, new double[] {5, 6});
            assertArrayEquals(new double[] {5, 6}, s.get(7));
            assertNull(s.get(4), "a hole is not a finished run");
        }
        BitSet expected = new BitSet();
        expected.set(0);
        expected.set(1);
        expected.set(7);
        assertEquals(expected, store.completed());

        // One byte of run 1's values changed, as a torn write would leave it.
        int header = Long.BYTES + Integer.BYTES + Long.BYTES;
        int record = Long.BYTES + 2 * Double.BYTES + Long.BYTES;
        try (RandomAccessFile f = new RandomAccessFile(tmp.resolve(RunStore.FOLDER).resolve(RunStore.FILE).toFile(), "rw")) {
            f.seek(header + record + Long.BYTES + 3);
            int b = f.read();
            f.seek(header + record + Long.BYTES + 3);
            f.write(b ^ 0x10);
        }
        expected.clear(1);
        assertEquals(expected, store.completed());
    }

    @Test
    void anotherExperimentsStoreHoldsNothingForThisOne(@TempDir Path tmp) {
        try (RunStore.Session s = new RunStore(tmp, 2, 10).open()) {
            s.put(0, new double[] {1, 2});
        }
        assertEquals(new BitSet(), new RunStore(tmp, 3, 10).completed(), "other metrics");
        assertEquals(new BitSet(), new RunStore(tmp, 2, 12).completed(), "other runs");
        try (RunStore.Session s = new RunStore(tmp, 2, 12).open()) {
            assertNull(s.get(0), "opened for another experiment, the file starts afresh");
        }
    }
}
