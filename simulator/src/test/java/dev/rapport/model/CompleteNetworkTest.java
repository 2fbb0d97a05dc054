package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Complete mixing: with no explicit ties a consumer hears the population-wide average voice of
 * everyone else, in count mode as in fraction mode. Summing everyone's voice in count mode made
 * every consumer hear about 1,500 contacts at once in this market: negative talk drove trust to
 * about 0.001 and two thirds of the population to detraction within half a year.
 */
class CompleteNetworkTest {
    private static final String COMPLETE = Harness.BASE.replace(
            "{type: watts_strogatz, degree: 8, rewire: 0.1}", "{type: complete}");

    private static LoadedScenario market(String mode) {
        return Harness.load(COMPLETE, "mechanisms.word_of_mouth.mode=" + mode);
    }

    @Test
    void countModeHearsWhatFractionModeHears() {
        List<Harness.Row> count = Harness.run(market("count"), 0);
        List<Harness.Row> fraction = Harness.run(market("fraction"), 0);
        assertEquals(fraction.size(), count.size());
        for (int r = 0; r < count.size(); r++) {
            assertArrayEquals(fraction.get(r).values(), count.get(r).values(), 0,
                    "week " + count.get(r).week() + ": a complete network hears the average contact in either mode");
        }
    }

    @Test
    void trustAndNpsDoNotCollapseInCountMode() {
        LoadedScenario loaded = market("count");
        double trust = Harness.metricAt(loaded, Metric.TRUST, 52, 1)[0];
        double nps = Harness.metricAt(loaded, Metric.NPS, 52, 1)[0];
        double detractors = Harness.metricAt(loaded, Metric.DETRACTORS, 52, 1)[0];
        // Quality 0.8 and mostly good talk keep trust above its neutral ½ (0.556 in fraction
        // mode); summed voices left it at 0.0015, with NPS at −100 and 1,014 of 1,500 detractors.
        assertTrue(trust > 0.5, "trust " + trust);
        assertTrue(nps > -60, "NPS " + nps);
        assertTrue(detractors < 0.05 * 1500, "detractors " + detractors);
    }
}
