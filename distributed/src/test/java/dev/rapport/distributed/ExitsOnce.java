package dev.rapport.distributed;

import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunKey;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The model's runs, except that the first attempt at one chosen run ends the JVM it runs in, as a
 * crashed or lost executor does: a marker file, created atomically, says the crash happened, so
 * Spark's retry of the run (on a new executor) runs it normally.
 */
record ExitsOnce(RunFunction model, RunKey crashing, String marker) implements RunFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public double[] run(RunKey key) {
        if (key.equals(crashing)) {
            try {
                if (new File(marker).createNewFile()) {
                    Runtime.getRuntime().halt(137);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model.run(key);
    }
}
