package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Mechanisms;
import org.junit.jupiter.api.Test;

/**
 * Listening skips contacts whose records are all zeros ({@link Voices#speaks}); what every
 * consumer hears must be, bit for bit, what listening to every contact gives. Checked tick after
 * tick against a plain walk over all contacts, on two brands with ties added during the run and on
 * one brand in fraction mode, with silent and speaking consumers both present (else the check
 * would prove nothing).
 */
class SilentContactsTest {

    @Test
    void skippingSilentContactsHearsWhatEveryContactSaysOnTwoBrandsWithTiesAdded() {
        check(Harness.load(ListeningWorkersTest.TWO_BRANDS, "time.horizon_weeks=30"));
    }

    @Test
    void skippingSilentContactsHearsWhatEveryContactSaysInFractionMode() {
        check(Harness.load(Harness.BASE, "mechanisms.word_of_mouth.mode=fraction", "network.strong_tie_share=0.4",
                "time.horizon_weeks=30"));
    }

    private static void check(LoadedScenario loaded) {
        MarketModel m = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().effectiveStrategies().get(0), 0), (tick, week, brand, values) -> { });
        m.start();
        Hearing hearing = new Hearing(m);
        int k = m.brandCount;
        double[] out = new double[Hearing.FIELDS * k];
        int silentSeen = 0;
        int speakingSeen = 0;
        for (int tick = 1; tick <= m.ticks; tick++) {
            m.schedule.step(m);
            for (int i = 0; i < m.size; i++) {
                boolean nonzero = false;
                for (int f = 0; f < Voices.STRIDE * k; f++) {
                    nonzero |= m.voices.talk[Voices.STRIDE * k * i + f] != 0;
                }
                assertEquals(nonzero, m.voices.speaks(i), "consumer " + i + " at tick " + tick);
                if (nonzero) {
                    speakingSeen++;
                } else {
                    silentSeen++;
                }
                hearing.listen(i, out, 0);
                double[] expected = everyContact(m, i);
                for (int f = 0; f < out.length; f++) {
                    assertEquals(Double.doubleToRawLongBits(expected[f]), Double.doubleToRawLongBits(out[f]),
                            "consumer " + i + " field " + f + " at tick " + tick + ": " + expected[f] + " vs " + out[f]);
                }
            }
        }
        assertTrue(silentSeen > m.size && speakingSeen > m.size,
                "both silent and speaking consumers: " + silentSeen + " silent, " + speakingSeen + " speaking");
    }

    /** What i hears from a walk over every contact, silent or not, in the network's order. */
    private static double[] everyContact(MarketModel m, int i) {
        int k = m.brandCount;
        Mechanisms.WordOfMouth wom = m.mech.wordOfMouth();
        double strongWeight = wom.strongTieWeight();
        double[][] s = new double[Hearing.FIELDS][k];
        double[] weights = {0};
        int[] degree = {0};
        m.network.forEachContact(i, (j, strong) -> {
            double w = strong ? strongWeight : 1;
            for (int b = 0; b < k; b++) {
                int q = j * k + b;
                int said = Voices.STRIDE * q;
                double positive = w * m.voices.talk[said + Voices.POSITIVE];
                s[Hearing.POSITIVE][b] += positive;
                if (m.consumers.stageAtTickStart[q] == Stage.ADVOCATE_CODE) {
                    s[Hearing.ADVOCATE][b] += positive;
                }
                s[Hearing.NEGATIVE][b] += w * m.voices.talk[said + Voices.NEGATIVE];
                s[Hearing.PROOF][b] += m.voices.talk[said + Voices.CUSTOMER];
                s[Hearing.TRIBE][b] += m.voices.talk[said + Voices.TRIBE];
            }
            weights[0] += w;
            degree[0]++;
        });
        double scale = wom.mode() == Mechanisms.WordOfMouth.Mode.FRACTION ? 1 / weights[0] : 1;
        double[] out = new double[Hearing.FIELDS * k];
        for (int b = 0; b < k; b++) {
            for (int f = 0; f < Hearing.FIELDS; f++) {
                double v = s[f][b];
                if (degree[0] > 0) {
                    v = f == Hearing.PROOF || f == Hearing.TRIBE ? v / degree[0] : v * scale;
                }
                out[f * k + b] = Math.max(0, v);
            }
        }
        return out;
    }
}
