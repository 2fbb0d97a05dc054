package dev.rapport.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.rapport.experiment.points.RunKey;
import dev.rapport.scenario.SweptParameter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A calibration's runs travel to a cluster's executors by Java serialisation: the copy that
 * arrives, with the candidates placed before it left, gives the very values the original gives.
 */
class CalibrationRunsTravelTest {
    static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            T copy = (T) in.readObject();
            return copy;
        }
    }

    @Test
    void calibrationRunsSerializeAndGiveTheSameValuesAfterTheTrip() throws Exception {
        CalibrationPlan plan = CalibrationTest.plan(CalibrationTest.small(), CalibrationPlan.Method.NELDER_MEAD,
                List.of(new SweptParameter(CalibrationTest.TRIAL, 0.005, 0.05, 2)));
        CalibrationRuns runs = new CalibrationRuns(plan, null);
        runs.place(0, new double[] {0.02});
        CalibrationRuns copy = roundTrip(runs);
        RunKey key = new RunKey(0, 0, 1);
        assertArrayEquals(runs.run(key), copy.run(key));
    }
}
