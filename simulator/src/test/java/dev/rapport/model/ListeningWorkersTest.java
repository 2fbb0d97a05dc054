package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Listening shared among worker threads ({@link Listening}) gives the very same run as listening
 * on the run's own thread: every metric of every brand at every recorded tick, bit for bit. The
 * market has two brands, a clustered network larger than a block (so blocks are split unevenly
 * among the workers and the last is short) and community hosting adding ties during the run.
 */
class ListeningWorkersTest {
    static final String TWO_BRANDS = replaced(Harness.BASE,
            "size: 1500", "size: " + (2 * Listening.BLOCK + 777),
            "initial_customers: 0.05}\n", """
            initial_customers: 0.05}
              - {name: rival, purpose: [0.4, 0.6], quality: 0.75, price: 36, margin: 0.35,
                 initial_awareness: 0.3, initial_customers: 0.08}
            """,
            "    plan: []\n", """
                budget: 30000
                plan:
                  - {lever: advertising, weeks: 1-20, per_week: 300}
                  - {lever: community, weeks: all, per_week: 100}
                  - {lever: advocate_programme, weeks: 10-end, per_week: 80}
            """);

    /** The text with each pair (old, new) replaced, each old text required to be there. */
    private static String replaced(String text, String... pairs) {
        String out = text;
        for (int n = 0; n < pairs.length; n += 2) {
            if (!out.contains(pairs[n])) {
                throw new IllegalStateException("no " + pairs[n] + " in the base market");
            }
            out = out.replace(pairs[n], pairs[n + 1]);
        }
        return out;
    }

    @Test
    void threeWorkersRecordWhatOneRecordsOnTwoBrandsWithTiesAdded() {
        LoadedScenario loaded = Harness.load(TWO_BRANDS, "time.horizon_weeks=30");
        assertEquals(2, loaded.scenario().brands().size());
        List<double[]> one = rows(loaded, 1);
        List<double[]> three = rows(loaded, 3);
        assertSameRows(one, three);
        // Word of mouth and social proof were at work: customers moved, ties were added.
        assertTrue(changed(one, Metric.CUSTOMERS), "customers never changed: nothing was heard");
    }

    @Test
    void twoWorkersRecordWhatOneRecordsInFractionModeOnOneBrand() {
        LoadedScenario loaded = Harness.load(Harness.BASE, "population.size=" + (Listening.BLOCK + 100),
                "mechanisms.word_of_mouth.mode=fraction", "network.strong_tie_share=0.4", "time.horizon_weeks=30");
        assertSameRows(rows(loaded, 1), rows(loaded, 2));
    }

    @Test
    void workersRecordWhatOneRecordsOnACompleteNetwork() {
        LoadedScenario loaded = Harness.load(replaced(TWO_BRANDS,
                "network: {type: watts_strogatz, degree: 8, rewire: 0.1}", "network: {type: complete}"),
                "time.horizon_weeks=20");
        assertSameRows(rows(loaded, 1), rows(loaded, 4));
    }

    /** Every recorded row of the first strategy's run: tick, brand, then the metrics. */
    private static List<double[]> rows(LoadedScenario loaded, int workers) {
        StrategySpec strategy = loaded.scenario().effectiveStrategies().get(0);
        List<double[]> rows = new ArrayList<>();
        new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, 0), (tick, week, brand, values) -> {
            double[] row = new double[values.length + 2];
            row[0] = tick;
            row[1] = brand;
            System.arraycopy(values, 0, row, 2, values.length);
            rows.add(row);
        }, workers).runToHorizon();
        return rows;
    }

    private static void assertSameRows(List<double[]> expected, List<double[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int r = 0; r < expected.size(); r++) {
            double[] e = expected.get(r);
            double[] a = actual.get(r);
            for (int m = 0; m < e.length; m++) {
                // Bits, not values: NaN equals NaN and 0.0 differs from -0.0.
                assertEquals(Double.doubleToRawLongBits(e[m]), Double.doubleToRawLongBits(a[m]),
                        "row " + r + " (tick " + e[0] + ", brand " + e[1] + ") column " + m + ": " + e[m] + " vs " + a[m]);
            }
        }
    }

    private static boolean changed(List<double[]> rows, Metric metric) {
        int column = metric.ordinal() + 2;
        double first = rows.get(0)[column];
        return rows.stream().anyMatch(row -> row[column] != first);
    }
}
