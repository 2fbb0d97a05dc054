package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The invest levers each have an effect in the flagship (scenarios/spend-vs-invest.yaml, its invest
 * strategy, at 2,000 agents for the same 100,000 households): the mechanism switched off against on,
 * on the same random numbers, moves the metric it works through, beyond sampling noise (paired t
 * over replications above 3). docs/validation.md states each effect at full size with its cost per
 * unit of effect.
 */
class FlagshipEffectsTest {
    private static final int REPS = 10;
    private static final double SIGNIFICANT = 3.0;
    private static final String INVEST = "invest";

    private static LoadedScenario flagship(String... overrides) throws IOException {
        String yaml = Files.readString(Path.of("..", "scenarios", "spend-vs-invest.yaml"), StandardCharsets.UTF_8);
        String[] all = new String[overrides.length + 2];
        all[0] = "population.size=2000";
        all[1] = "replications=1";
        System.arraycopy(overrides, 0, all, 2, overrides.length);
        return Harness.load(yaml, all);
    }

    /** The metric at week 156 of the invest strategy, per replication. */
    private static double[] at(LoadedScenario loaded, Metric metric) {
        double[] out = new double[REPS];
        for (int r = 0; r < REPS; r++) {
            double value = Double.NaN;
            for (Harness.Row row : Harness.run(loaded, INVEST, r)) {
                if (row.brand() == 0) {
                    value = row.get(metric);
                }
            }
            out[r] = value;
        }
        return out;
    }

    /** A per-week metric of the invest strategy summed over the three years, per replication. */
    private static double[] total(LoadedScenario loaded, Metric metric) {
        double[] out = new double[REPS];
        for (int r = 0; r < REPS; r++) {
            for (Harness.Row row : Harness.run(loaded, INVEST, r)) {
                if (row.brand() == 0) {
                    out[r] += row.get(metric);
                }
            }
        }
        return out;
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static double effect(String mechanism, Metric metric) throws IOException {
        return Harness.pairedT(at(flagship(), metric), at(flagship("mechanisms." + mechanism + ".enabled=false"), metric));
    }

    @Test
    void goodwillRaisesInvestsProfit() throws IOException {
        assertTrue(effect("reciprocity", Metric.CUMULATIVE_PROFIT) > SIGNIFICANT);
    }

    @Test
    void communityHostingTiesTheTribeAndKeepsMembers() throws IOException {
        assertTrue(effect("community", Metric.TRIBE_COHESION) > SIGNIFICANT);
        // The tribe: members and advocates (hosting holds both, and members it keeps become advocates).
        double[] with = sum(at(flagship(), Metric.MEMBERS), at(flagship(), Metric.ADVOCATES));
        LoadedScenario off = flagship("mechanisms.community.enabled=false");
        double[] without = sum(at(off, Metric.MEMBERS), at(off, Metric.ADVOCATES));
        double t = Harness.pairedT(with, without);
        assertTrue(t > SIGNIFICANT, "tribe t = " + t + " " + java.util.Arrays.toString(with) + " " + java.util.Arrays.toString(without));
    }

    @Test
    void theAdvocateProgrammeMakesAdvocatesWhoRefer() throws IOException {
        assertTrue(effect("advocate_programme", Metric.ADVOCATES) > SIGNIFICANT);
        assertTrue(Harness.pairedT(total(flagship(), Metric.ACQUIRED_REFERRAL),
                total(flagship("mechanisms.advocate_programme.enabled=false"), Metric.ACQUIRED_REFERRAL)) > SIGNIFICANT);
    }
}
