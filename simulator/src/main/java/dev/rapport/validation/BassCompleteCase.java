package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Bass diffusion under complete mixing (scenarios/validation/bass.yaml, p = 0.03, q = 0.38, one
 * model time unit = one week): the adopter share against the closed form at every recorded t in
 * [0, 30], the time of peak adoption against t* = ln(q/p)/(p+q), and the same scenario with a tick
 * of one week under both word-of-mouth timings, whose deviations the check must see and whose
 * own recurrences they must follow.
 */
final class BassCompleteCase implements ValidationCase {
    static final double P = 0.03;
    static final double Q = 0.38;
    /** The band around F(t) at N = 100,000. */
    static final double BAND = 0.01;
    /** Window over which the adoption rate is measured to find its peak, in weeks. */
    private static final double RATE_WINDOW = 1.0;

    private final int size;
    private final int replications;

    BassCompleteCase(int size, int replications) {
        this.size = size;
        this.replications = replications;
    }

    @Override
    public String title() {
        return Format.f("Bass, complete mixing (N = %d x %d, tick 0.01 and 1 week)", size, replications);
    }

    @Override
    public List<CaseResult> run(Replications runs) {
        List<CaseResult> out = new ArrayList<>();
        LoadedScenario fine = BundledScenario.load("validation/bass.yaml", List.of("population.size=" + size));
        Curve curve = Curve.of(runs.run(fine, replications, Metric.CUSTOMERS), Metric.CUSTOMERS, size);
        double dt = fine.scenario().time().tick().weeks();
        double maxDev = 0;
        for (int t = 0; t < curve.weeks().length; t++) {
            maxDev = Math.max(maxDev, Math.abs(curve.mean()[t] - ClassicAnswers.bass(P, Q, curve.weeks()[t])));
        }
        double se = curve.maxSe();
        String sample = Format.f("N = %d x %d runs, tick %s weeks", size, replications, Format.num(dt));
        out.add(CaseResult.within("Bass complete mixing: max abs(F_sim(t) - F(t)), t in [0, 30]", 0, maxDev,
                BAND + 3 * se, sample + Format.f("; tol = 0.01 (issue) + 3 SE, SE <= %s", Format.num(se))));
        out.add(peak(curve));

        out.addAll(weekly(runs, "tick_start", "talk heard from tick start",
                ClassicAnswers.bassSteppedHazard(P, Q, 1.0, 30), "F <- F + (1-F)(1-e^-(p+qF))",
                "stepped hazard: 0.103, Euler: 0.071"));
        out.addAll(weekly(runs, "catch_up", "talk caught up",
                ClassicAnswers.bassCaughtUp(P, Q, 1.0, 30), "the same with missed talk c caught up",
                "caught-up recurrence: 0.032"));
        return out;
    }

    /**
     * The scenario with a tick of one week and the given word-of-mouth timing: its largest
     * deviation from F(t) must exceed the 0.01 band by more than 3 SE (the check sees a coarse
     * tick), and it must follow that timing's own recurrence within the band (a coarse tick is a
     * known discretisation, not a bug).
     */
    private List<CaseResult> weekly(Replications runs, String timing, String label, double[] recurrence,
            String recurrenceName, String expectedMiss) {
        LoadedScenario coarse = BundledScenario.load("validation/bass.yaml", List.of("population.size=" + size,
                "time.tick=week", "outputs.every_weeks=1", "mechanisms.word_of_mouth.timing=" + timing));
        Curve weekly = Curve.of(runs.run(coarse, replications, Metric.CUSTOMERS), Metric.CUSTOMERS, size);
        int ticks = Math.min(weekly.weeks().length - 1, recurrence.length - 1);
        double fromClosed = 0;
        double fromRecurrence = 0;
        for (int t = 0; t <= ticks; t++) {
            fromClosed = Math.max(fromClosed, Math.abs(weekly.mean()[t] - ClassicAnswers.bass(P, Q, weekly.weeks()[t])));
            fromRecurrence = Math.max(fromRecurrence, Math.abs(weekly.mean()[t] - recurrence[t]));
        }
        double se = Math.max(weekly.maxSe(), 0.5 / Math.sqrt((double) size * replications));
        String sample = Format.f("N = %d x %d runs, tick 1 week, timing %s", size, replications, timing);
        return List.of(
                CaseResult.above(Format.f("Bass, tick 1 week, %s: max abs(F_sim - F) exceeds the 0.01 band", label),
                        BAND, fromClosed, 3 * se,
                        sample + "; must miss the band by more than 3 SE (" + expectedMiss + ")"),
                CaseResult.within(Format.f("Bass, tick 1 week, %s: max abs(F_sim - F_tick), %s", label, recurrenceName),
                        0, fromRecurrence, BAND + 3 * se,
                        sample + Format.f("; tol = 0.01 + 3 SE, SE <= %s", Format.num(se))));
    }

    /**
     * Peak adoption: where the adopter share rises fastest over a one-week window. The tolerance
     * is the half-width of the window of times whose closed-form rate is within 3 relative
     * standard errors of the peak rate (a Poisson count of the adopters in one window at the
     * peak), plus half the recording step and the window's own shift of the peak.
     */
    private CaseResult peak(Curve curve) {
        double[] w = curve.weeks();
        double step = w[1] - w[0];
        int half = (int) Math.round(RATE_WINDOW / 2 / step);
        int best = half;
        for (int t = half; t < w.length - half; t++) {
            if (curve.mean()[t + half] - curve.mean()[t - half] > curve.mean()[best + half] - curve.mean()[best - half]) {
                best = t;
            }
        }
        double observed = w[best];
        double expected = ClassicAnswers.bassPeak(P, Q);
        // The closed form's windowed rate, on a fine grid: its peak and how flat it is there.
        double fineStep = 0.001;
        double bestRate = 0;
        double bestT = 0;
        for (double t = RATE_WINDOW / 2; t <= 30 - RATE_WINDOW / 2; t += fineStep) {
            double rate = windowRate(t);
            if (rate > bestRate) {
                bestRate = rate;
                bestT = t;
            }
        }
        double relSe = 1 / Math.sqrt(bestRate * size * replications);
        double low = bestT;
        while (low > 0 && windowRate(low) >= bestRate * (1 - 3 * relSe)) {
            low -= fineStep;
        }
        double high = bestT;
        while (high < 30 && windowRate(high) >= bestRate * (1 - 3 * relSe)) {
            high += fineStep;
        }
        double tolerance = (high - low) / 2 + step / 2 + Math.abs(bestT - expected);
        return CaseResult.within("Bass complete mixing: time of peak adoption t* = ln(q/p)/(p+q)", expected, observed,
                tolerance, Format.f("peak of the 1-week adoption rate; tol = flat top within 3 SE (%s of the rate) + step/2",
                        Format.num(relSe)));
    }

    private static double windowRate(double t) {
        return ClassicAnswers.bass(P, Q, t + RATE_WINDOW / 2) - ClassicAnswers.bass(P, Q, t - RATE_WINDOW / 2);
    }
}
