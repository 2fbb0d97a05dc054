package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.EventSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Mechanisms;
import dev.rapport.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Knobs turned mid-run change what the model does from the next tick, and nothing before it. */
class TuningTest {
    private static final String MARKET = Harness.BASE.replace("    plan: []", """
                plan:
                  - {lever: advertising, weeks: all, per_week: 40}
                  - {lever: discount, weeks: 1-4, depth: 0.1}
                  - {lever: community, weeks: all, per_week: 500}
            """.stripTrailing());
    private static final int AT = 10;

    /** The run's rows, with {@code tune} applied after tick {@link #AT} (null: untouched). */
    private static List<Harness.Row> run(Consumer<Tuning> tune) {
        LoadedScenario loaded = Harness.load(MARKET);
        StrategySpec strategy = loaded.scenario().effectiveStrategies().get(0);
        List<Harness.Row> rows = new ArrayList<>();
        MarketModel m = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, 0),
                (tick, week, brand, values) -> rows.add(new Harness.Row(tick, week, brand, values.clone())));
        m.start();
        m.recordStart();
        for (int t = 1; t <= m.ticks(); t++) {
            m.schedule.step(m);
            if (t == AT && tune != null) {
                tune.accept(new Tuning(m));
            }
        }
        m.finish();
        return rows;
    }

    private static double at(List<Harness.Row> rows, int tick, Metric metric) {
        return rows.stream().filter(r -> r.tick() == tick).findFirst().orElseThrow().get(metric);
    }

    private static void assertSameUpTo(int tick, List<Harness.Row> a, List<Harness.Row> b) {
        for (int r = 0; r < a.size() && a.get(r).tick() <= tick; r++) {
            assertArrayEquals(a.get(r).values(), b.get(r).values(), "tick " + a.get(r).tick());
        }
    }

    @Test
    void retuningToTheSameValuesChangesNothing() {
        List<Harness.Row> plain = run(null);
        List<Harness.Row> same = run(t -> t.setMechanisms(t.mechanisms()));
        assertEquals(plain.size(), same.size());
        assertSameUpTo(Integer.MAX_VALUE, plain, same);
    }

    @Test
    void aLeverSetToNothingStopsSpendingFromTheNextTick() {
        List<Harness.Row> plain = run(null);
        List<Harness.Row> tuned = run(t -> t.setWeeklySpend(0, 0));
        assertSameUpTo(AT, plain, tuned);
        for (int tick = AT + 1; tick <= 52; tick++) {
            assertEquals(0, at(tuned, tick, Metric.ADVERTISING_COST), "tick " + tick);
            assertTrue(at(plain, tick, Metric.ADVERTISING_COST) > 0, "tick " + tick);
        }
        // Same community money, all along: only advertising was touched.
        assertEquals(at(plain, 30, Metric.COMMUNITY_COST) > 0, at(tuned, 30, Metric.COMMUNITY_COST) > 0);
        // Advertising reinforces active customers' buying (mechanisms.advertising.reinforcement).
        double tunedPurchases = 0;
        double plainPurchases = 0;
        for (int tick = AT + 1; tick <= 52; tick++) {
            tunedPurchases += at(tuned, tick, Metric.PURCHASES);
            plainPurchases += at(plain, tick, Metric.PURCHASES);
        }
        assertTrue(tunedPurchases < 0.8 * plainPurchases,
                "without advertising customers buy less: " + tunedPurchases + " vs " + plainPurchases);
    }

    @Test
    void strongerWordOfMouthWinsMoreCustomers() {
        List<Harness.Row> plain = run(null);
        List<Harness.Row> tuned = run(t -> {
            Mechanisms m = t.mechanisms();
            Mechanisms.WordOfMouth w = m.wordOfMouth();
            t.setMechanisms(new Mechanisms(m.awareness(), m.advertising(), m.discount(), m.price(), m.paidReach(),
                    m.valueDelivery(), m.community(), m.advocateProgramme(), m.listening(),
                    new Mechanisms.WordOfMouth(w.enabled(), w.mode(), w.speaking(), w.customerVoice(), w.memberVoice(),
                            w.advocateVoice(), w.detractorVoice(), w.trialRate() * 20, w.negativeRate(),
                            w.unfamiliarNegativeWeight(), w.strongTieWeight(), w.vouching(), w.bond(), w.timing()),
                    m.socialProof(), m.trust(), m.valueFit(), m.reciprocity(), m.membership(), m.churn(),
                    m.detraction(), m.experience(), m.recommendation()));
        });
        assertSameUpTo(AT, plain, tuned);
        double before = at(plain, 52, Metric.CUSTOMERS) + at(plain, 52, Metric.MEMBERS) + at(plain, 52, Metric.ADVOCATES);
        double after = at(tuned, 52, Metric.CUSTOMERS) + at(tuned, 52, Metric.MEMBERS) + at(tuned, 52, Metric.ADVOCATES);
        assertTrue(after > 1.2 * before, "twenty times the trial rate per voice heard: " + after + " vs " + before);
    }

    @Test
    void aCrisisNowCostsTrust() {
        List<Harness.Row> plain = run(null);
        List<Harness.Row> tuned = run(t -> t.strikeCrisis(new EventSpec.Crisis("acme", 0, 5, 0.5, EventSpec.Response.IGNORE,
                new EventSpec.Responses(new EventSpec.Ignore(1.5, 0, 0), new EventSpec.Defensive(2.5, 0.5, 0),
                        new EventSpec.Honest(0.75, 0, 0.8)), 1, 8, 0)));
        assertSameUpTo(AT, plain, tuned);
        assertTrue(at(tuned, AT + 1, Metric.TRUST) < at(plain, AT + 1, Metric.TRUST) - 0.02,
                "half the aware take five bad experiences: " + at(tuned, AT + 1, Metric.TRUST) + " vs " + at(plain, AT + 1, Metric.TRUST));
    }

    @Test
    void refusesWhatThePlanCannotTake() {
        List<Harness.Row> rows = run(t -> {
            assertThrows(IllegalArgumentException.class, () -> t.setWeeklySpend(1, 100), "a discount has no money per week");
            assertThrows(IllegalArgumentException.class, () -> t.setWeeklySpend(0, -1));
            assertThrows(IllegalArgumentException.class, () -> t.setWeeklySpend(0, Double.NaN));
            assertEquals(40, t.weeklySpend(0));
        });
        assertSameUpTo(Integer.MAX_VALUE, run(null), rows);
    }
}
