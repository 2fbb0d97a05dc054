package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Ticks settled at the bounds on what a consumer can have heard ({@link Decider#passesBy}) leave
 * the market exactly as the decision processes do: every consumer array, every record and every
 * metric after every tick, to the bit, on one worker and on two. The flagship runs daily, first as
 * bundled, where most consumer-ticks are an aware consumer's who tries nothing; then without ads and
 * with quick forgetting, where many such ticks forget the brand; then with everyone in the market and
 * fit weighing more, where many aware consumers' draws pass by at their own attraction but not at the
 * most a brand can have; then with
 * ads that shout and detractors who talk, whose negative evidence an aware consumer's tick must not
 * pass over.
 */
class PassersByTest {

    private static String flagship() {
        try {
            return Files.readString(Path.of("..", "scenarios", "spend-vs-invest.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void settlingAtBoundsLeavesTheFlagshipAsDecidingEveryTickDoes() {
        LoadedScenario loaded = Harness.load(flagship(), "population.size=3000", "time.tick=day",
                "time.horizon_weeks=16", "outputs.baseline=false");
        SideBySide runs = new SideBySide(loaded, "mixed", 1, 1);
        long consumerTicks = runs.settledBesideDecided();
        assertEquals(0, runs.expected.decisions.passedBy());
        // After the first weeks' ads nearly everyone has heard of the brand, and most who have
        // neither buy nor hold evidence.
        long passed = runs.actual.decisions.passedBy();
        assertTrue(passed > consumerTicks / 2, passed + " of " + consumerTicks + " consumer-ticks settled at bounds");
    }

    @Test
    void twoWorkersSettlingAtBoundsLeaveTheFlagshipAsOneDecidingEveryTick() {
        LoadedScenario loaded = Harness.load(flagship(), "population.size=" + (2 * Listening.BLOCK + 77),
                "time.tick=day", "time.horizon_weeks=10", "outputs.baseline=false");
        SideBySide runs = new SideBySide(loaded, "mixed", 1, 2);
        runs.settledBesideDecided();
        assertTrue(runs.actual.decisions.passedBy() > runs.actual.decisions.decidedAlone() / 3,
                runs.actual.decisions.passedBy() + " settled at bounds of " + runs.actual.decisions.decidedAlone()
                        + " decided out of order");
    }

    @Test
    void forgettingIsNotPassedOver() {
        // No ads to remind anyone, and quick forgetting: aware consumers whose contacts say nothing forget.
        LoadedScenario loaded = Harness.load(flagship(), "population.size=3000", "time.tick=day",
                "time.horizon_weeks=12", "outputs.baseline=false", "mechanisms.awareness.forgetting_rate=0.5");
        SideBySide runs = new SideBySide(loaded, "invest", 1, 1);
        runs.expected.passersBy = false;
        runs.start();
        MarketModel m = runs.actual;
        byte[][] before = {m.consumers.stage.clone()};
        long[] forgot = new long[1];
        runs.stepToTheEnd(() -> {
            for (int p = 0; p < before[0].length; p++) {
                if (before[0][p] == Stage.AWARE_CODE && m.consumers.stage[p] == Stage.UNAWARE_CODE) {
                    forgot[0]++;
                }
            }
            before[0] = m.consumers.stage.clone();
        });
        assertTrue(forgot[0] > 30, "consumers who forgot the brand: " + forgot[0]);
        assertTrue(m.decisions.passedBy() > 0, "no tick settled at bounds");
    }

    @Test
    void passersByAreTestedAtTheirOwnAttraction() {
        // Everyone in the market, trying it at ten times the organic rate, and fit weighing four
        // times as much: the most attractive a brand can be multiplies a hazard by e^5.5, the
        // consumer's own attraction by e^(8 (fit - 1/2)), mostly far less. Tested only at the most,
        // 31% of the consumer-ticks were settled at bounds (78,823 of 252,000); tested at their own
        // attraction as trial tests them before listening, 41% (103,879), settled exactly as
        // deciding would settle them.
        LoadedScenario loaded = Harness.load(flagship(), "population.size=3000", "time.tick=day",
                "time.horizon_weeks=12", "outputs.baseline=false", "market.potential=1", "market.organic_trial_rate=0.02",
                "mechanisms.value_fit.weight=8");
        SideBySide runs = new SideBySide(loaded, "mixed", 1, 1);
        long consumerTicks = runs.settledBesideDecided();
        long passed = runs.actual.decisions.passedBy();
        assertTrue(passed > consumerTicks * 36 / 100, passed + " of " + consumerTicks + " consumer-ticks settled at bounds");
    }

    @Test
    void passersByHearTheTribeApartFromCustomers() {
        // Everyone in the market, a fifth of it buying from the start, and the brand invests: its
        // advocates, covered by the programme, speak at 27 times a customer's loudest voice (5.2
        // against 0.19). Bounding what a passer-by hears with all its talking contacts at the
        // loudest voice settled 66.1% of the consumer-ticks at bounds (166,513 of 252,000) and
        // listened for 25,755; with the customers bounded at their own loudest and the tribe at
        // the loudest, 72.2% (181,957), listening for 10,242, settled exactly as deciding would.
        LoadedScenario loaded = Harness.load(flagship(), "population.size=3000", "time.tick=day",
                "time.horizon_weeks=12", "outputs.baseline=false", "market.potential=1",
                "brands[0].initial_customers=0.2", "brands[0].initial_awareness=0.5");
        SideBySide runs = new SideBySide(loaded, "invest", 1, 1);
        long consumerTicks = runs.settledBesideDecided();
        long passed = runs.actual.decisions.passedBy();
        long listened = runs.actual.listening.whenAsked().listened;
        assertTrue(runs.actual.voices.loudest[0] > 10 * runs.actual.voices.loudestCustomer[0], "the tribe speaks louder");
        assertTrue(passed > consumerTicks * 70 / 100, passed + " of " + consumerTicks + " consumer-ticks settled at bounds");
        assertTrue(listened < consumerTicks * 6 / 100, listened + " of " + consumerTicks + " consumer-ticks listened for");
    }

    @Test
    void shoutingAdsAndBadTalkAreNotPassedOver() {
        LoadedScenario loaded = Harness.load(flagship(), "population.size=3000", "time.tick=day",
                "time.horizon_weeks=12", "outputs.baseline=false", "brands[0].initial_detractors=0.05",
                "mechanisms.advertising.shouting_threshold=0.3");
        SideBySide runs = new SideBySide(loaded, "spend", 1, 1);
        runs.expected.passersBy = false;
        runs.start();
        long[] shoutingTicks = new long[1];
        long[] criticTicks = new long[1];
        MarketModel m = runs.actual;
        runs.stepToTheEnd(() -> {
            if (m.brands[0].levers.tickPressure > m.mech.advertising().shoutingThreshold()) {
                shoutingTicks[0]++;
            }
            for (int i = 0; i < m.size; i++) {
                criticTicks[0] += m.talkers.critics[i] > 0 ? 1 : 0;
            }
        });
        assertTrue(shoutingTicks[0] > 10, "ticks with shouting ads: " + shoutingTicks[0]);
        assertTrue(criticTicks[0] > m.size, "consumer-ticks with a critic among the contacts: " + criticTicks[0]);
        assertTrue(m.decisions.passedBy() > 0, "no tick settled at bounds");
    }
}
