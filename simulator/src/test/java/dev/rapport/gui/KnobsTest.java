package dev.rapport.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import dev.rapport.scenario.EventSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.util.Properties;

/** The model inspector's knobs, turned as MASON's inspector turns them, change the run. */
class KnobsTest {
    private static final int AT = 8;

    private static MarketGui spend() {
        return new MarketGui(WatchedRun.of(MarketGuiTest.flagship("population.size=1200", "time.horizon_weeks=30"),
                "spend", 0), 200, null);
    }

    /** Steps to {@link #AT}, sets {@code knob} to {@code text} as the inspector does, runs on. */
    private static MarketGui turned(String knob, String text) {
        MarketGui gui = spend();
        gui.start();
        for (int t = 0; t < AT; t++) {
            gui.step();
        }
        if (knob != null) {
            Properties properties = gui.knobs().properties();
            properties.setValue(gui.knobs().names().indexOf(knob), text);
            if (!knob.equals("crisis_now")) { // a trigger: it reads false again at once
                assertEquals(Double.parseDouble(text), (Double) gui.knobs().get(knob), "the inspector shows the new value");
            }
        }
        while (gui.step()) {
            // to the horizon
        }
        gui.finish();
        return gui;
    }

    private static double at(MarketGui gui, int tick, Metric metric) {
        return gui.series().rows().stream().filter(r -> r.tick() == tick).findFirst().orElseThrow().value(metric);
    }

    @Test
    void theKnobsAreThePlansMoneyLinesTheKeyMechanismsAndACrisis() {
        MarketGui gui = spend();
        gui.start();
        assertEquals(List.of("plan[0] advertising per_week", "word_of_mouth.trial_rate", "word_of_mouth.negative_rate",
                "advertising.shouting_threshold", "advertising.shouting_penalty", "crisis_now"), gui.knobs().names());
        assertEquals(2500.0, gui.knobs().get("plan[0] advertising per_week"));
        assertEquals(gui.model().runSpec().scenario().mechanisms().wordOfMouth().trialRate(),
                gui.knobs().get("word_of_mouth.trial_rate"));
        gui.finish();
    }

    @Test
    void aLeverTurnedDownSpendsLessFromTheNextTick() {
        MarketGui plain = turned(null, null);
        MarketGui tuned = turned("plan[0] advertising per_week", "100");
        assertEquals(at(plain, AT, Metric.CUMULATIVE_SPEND), at(tuned, AT, Metric.CUMULATIVE_SPEND));
        assertEquals(100.0, at(tuned, AT + 1, Metric.ADVERTISING_COST), 1e-9);
        assertEquals(2500.0, at(plain, AT + 1, Metric.ADVERTISING_COST), 1e-9);
    }

    @Test
    void strongerWordOfMouthWinsMoreCustomers() {
        MarketGui plain = turned(null, null);
        MarketGui tuned = turned("word_of_mouth.trial_rate", "0.5");
        assertEquals(at(plain, AT, Metric.CUSTOMERS), at(tuned, AT, Metric.CUSTOMERS));
        assertTrue(at(tuned, 30, Metric.CUSTOMERS) > 1.2 * at(plain, 30, Metric.CUSTOMERS),
                at(tuned, 30, Metric.CUSTOMERS) + " vs " + at(plain, 30, Metric.CUSTOMERS));
    }

    @Test
    void aCrisisNowCostsTrustInTheNextTick() {
        MarketGui plain = turned(null, null);
        MarketGui tuned = turned("crisis_now", "true");
        assertEquals(at(plain, AT, Metric.TRUST), at(tuned, AT, Metric.TRUST));
        assertTrue(at(tuned, AT + 1, Metric.TRUST) < at(plain, AT + 1, Metric.TRUST) - 0.01,
                at(tuned, AT + 1, Metric.TRUST) + " vs " + at(plain, AT + 1, Metric.TRUST));
    }

    @Test
    void withoutACrisisInTheScenarioTheFormatsDefaultsStrike() {
        EventSpec.Crisis crisis = Knobs.crisisFor(MarketGuiTest.flagship().scenario(), 0);
        assertEquals("acme", crisis.brand());
        assertEquals(3, crisis.severity());
        assertEquals(EventSpec.Response.IGNORE, crisis.response());
    }
}
