package dev.rapport.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import org.junit.jupiter.api.Test;

/**
 * scenarios/stories/crisis.yaml: after a crisis on social media, answering honestly keeps more
 * trust and fewer detractors than ignoring it, and ignoring more than answering defensively (the
 * Nestlé Facebook episode); even the honest answer does not make the crisis fully good.
 */
class CrisisStoryTest {
    private static final int REPS = 8;
    /** Paired t over 8 replications sharing seeds: 3 is beyond the 1% one-sided level (t_7: 3.00). */
    private static final double SIGNIFICANT = 3.0;
    private static final double END = 13;

    private static double[] at(Metric metric, String... overrides) {
        String[] all = new String[overrides.length + 1];
        all[0] = "population.size=2000";
        System.arraycopy(overrides, 0, all, 1, overrides.length);
        LoadedScenario loaded = StoryRuns.load("crisis.yaml", all);
        return StoryRuns.metricAt(loaded, "steady", "acme", metric, END, REPS);
    }

    private static double[] answered(String response, Metric metric) {
        return at(metric, "events[0].response=" + response);
    }

    private static void beats(double[] a, double[] b, String what) {
        double t = StoryRuns.pairedT(a, b);
        assertTrue(t > SIGNIFICANT, what + ": paired t " + t + " (means " + StoryRuns.mean(a) + " and "
                + StoryRuns.mean(b) + ")");
    }

    @Test
    void honestKeepsMoreTrustThanIgnoringAndIgnoringMoreThanDefending() {
        double[] honest = answered("honest", Metric.TRUST);
        double[] ignore = answered("ignore", Metric.TRUST);
        double[] defensive = answered("defensive", Metric.TRUST);
        beats(honest, ignore, "trust at 13 weeks, honest over ignore");
        beats(ignore, defensive, "trust at 13 weeks, ignore over defensive");
    }

    @Test
    void defendingLeavesMoreDetractorsThanIgnoringAndIgnoringMoreThanAnsweringHonestly() {
        double[] honest = answered("honest", Metric.DETRACTORS);
        double[] ignore = answered("ignore", Metric.DETRACTORS);
        double[] defensive = answered("defensive", Metric.DETRACTORS);
        beats(defensive, ignore, "detractors at 13 weeks, defensive over ignore");
        beats(ignore, honest, "detractors at 13 weeks, ignore over honest");
    }

    @Test
    void evenTheHonestAnswerLeavesLessTrustThanNoCrisis() {
        beats(at(Metric.TRUST, "events=[]"), answered("honest", Metric.TRUST), "trust at 13 weeks, no crisis over honest");
    }
}
