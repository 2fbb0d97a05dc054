package dev.rapport.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.ExperimentInputException;
import dev.rapport.model.Metric;
import dev.rapport.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Observed data as read: periods coarser than a week (a flow summed since the row before, a stock
 * read at its week), and each kind of bad row refused with its line, column and a hint.
 */
class ObservedDataReaderTest {
    private static final Scenario SCENARIO = CalibrationTest.small().scenario();

    private static String refused(String csv) {
        return assertThrows(ExperimentInputException.class,
                () -> ObservedDataReader.read(csv, "observed.csv", SCENARIO)).getMessage();
    }

    @Test
    void aFlowRowCoversTheWeeksSinceTheRowBeforeAndAStockRowItsWeek() {
        ObservedData data = ObservedDataReader.read("metric,week,value\ncustomers,13,500\npurchases,13,40\n"
                + "purchases,26,55.5\ncustomers,26,610\n", "observed.csv", SCENARIO);
        assertEquals(List.of(Metric.CUSTOMERS, Metric.PURCHASES), data.metrics(), "in Metric order, then by week");
        Observation second = data.rows().get(3);
        assertEquals(Metric.PURCHASES, second.metric());
        assertEquals(13, second.from());
        assertEquals(26, second.week());
        assertEquals(4, second.line());

        // One run's records, a week apart: purchases 1 a week, customers 10 times the week.
        PeriodSink sink = new PeriodSink(data.rows());
        double[] values = new double[Metric.values().length];
        for (int w = 0; w <= 52; w++) {
            values[Metric.PURCHASES.ordinal()] = w == 0 ? 0 : 1;
            values[Metric.CUSTOMERS.ordinal()] = 10 * w;
            sink.record(w, w, 0, values);
            sink.record(w, w, 1, new double[Metric.values().length]);
        }
        assertArrayEquals(new double[] {130, 260, 13, 13}, sink.values());
    }

    @Test
    void aBrandColumnPicksTheBrand() {
        ObservedData data = ObservedDataReader.read("week,metric,value,brand\n4,purchases,3,acme\n", "observed.csv",
                SCENARIO);
        assertTrue(data.brandColumn());
        assertEquals(0, data.rows().get(0).brand());
        String message = refused("week,metric,value,brand\n4,purchases,3,acm\n");
        assertTrue(message.contains("observed.csv:2:15: brand: expected a brand of the scenario"), message);
    }

    @Test
    void badRowsAreRefusedWithTheirLineColumnAndAHint() {
        String message = refused("week,metric,value\n4,purchase,3\n60,purchases,3\n8,purchases,lots\n"
                + "8,customers,1\n8,customers,2\n2.5,customers,1\n");
        assertTrue(message.contains("observed.csv:2:3: metric: expected a metric of series.csv"), message);
        assertTrue(message.contains("did you mean purchases?"), message);
        assertTrue(message.contains("observed.csv:3:1: week: expected a week from 0 to the horizon, 52, found 60"), message);
        assertTrue(message.contains("observed.csv:4:13: value: expected a number, found 'lots'"), message);
        assertTrue(message.contains("observed.csv:6:1: week: expected one row per week, metric and brand"), message);
        assertTrue(message.contains("(first on line 5)"), message);
        assertTrue(message.contains("observed.csv:7:1: week: expected the end of a tick"), message);
        assertTrue(message.startsWith("the observed data have 5 problems"), message);
        // A flow ending at week 0 covers no weeks.
        String flow = refused("week,metric,value\n0,revenue,5\n");
        assertTrue(flow.contains("observed.csv:2:1: week: expected a week after the period before"), flow);
    }

    @Test
    void aFileWithoutTheColumnsOrMetricsThatCannotBeObservedIsRefused() {
        String header = refused("weeks,metric,value\n1,purchases,3\n");
        assertTrue(header.contains("observed.csv:1:1: header: expected the columns week, metric, value"), header);
        assertTrue(header.contains("did you mean week?"), header);
        String incremental = refused("week,metric,value\n4,incremental_customers,3\n");
        assertTrue(incremental.contains("a metric one run observes"), incremental);
        assertTrue(refused("").contains("the file is empty"));
    }
}
