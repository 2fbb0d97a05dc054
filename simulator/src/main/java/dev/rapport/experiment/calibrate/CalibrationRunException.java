package dev.rapport.experiment.calibrate;

import dev.rapport.experiment.points.Setting;
import java.util.ArrayList;
import java.util.List;

/** A run of a candidate threw: the calibration stops, saying which candidate and replication. */
public final class CalibrationRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CalibrationRunException(int replication, double[] values, CalibrationPlan plan, Throwable cause) {
        super("a run failed at " + settings(values, plan) + ", strategy '" + plan.strategy() + "', replication "
                + replication + ": " + cause, cause);
    }

    private static List<String> settings(double[] values, CalibrationPlan plan) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < values.length; d++) {
            out.add(new Setting(plan.parameters().get(d).path(), values[d]).override());
        }
        return out;
    }
}
