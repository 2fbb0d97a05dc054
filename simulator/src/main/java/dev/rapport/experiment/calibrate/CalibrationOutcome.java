package dev.rapport.experiment.calibrate;

import java.util.List;

/**
 * How a calibration ended: the best candidate, each value's profile (empty when it was stopped
 * before the profiles were done), every candidate in order, and whether it was stopped.
 *
 * @param ran the runs this call made (saved ones read back are not counted)
 */
public record CalibrationOutcome(CalibrationPlan plan, List<Profile> profiles, Evaluations.Evaluation best,
                                 List<Evaluations.Evaluation> trace, Loss loss, int ran, boolean interrupted) {
    public CalibrationOutcome {
        profiles = List.copyOf(profiles);
        trace = List.copyOf(trace);
    }

    public boolean complete() {
        return !interrupted;
    }

    /** The values no profile could pin down, by path. */
    public List<String> notIdentified() {
        return profiles.stream().filter(p -> !p.identified()).map(p -> p.parameter().path()).toList();
    }
}
