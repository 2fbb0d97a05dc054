package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every effect of a crisis response is a key of the crisis event, and the model uses each one:
 * the talk multiplier while the crisis is in the news, and the backlash and recovery evidence the
 * affected take when the answer lands. With equal effects the three modes are the same mode, so
 * "honest beats ignore beats defensive" comes from the values given, not from the code.
 */
class CrisisResponseTest {
    private static final int REPS = 8;
    private static final double SIGNIFICANT = 3.0;
    private static final double CRISIS_WEEK = 10;
    private static final double DELAY = 2;
    private static final double BUZZ = 6;

    /** The test market with one crisis; {@code effects} is the YAML of its 'responses' map. */
    private static String crisis(String response, String effects) {
        return Harness.BASE + "events:\n  - {type: crisis, brand: acme, week: " + CRISIS_WEEK
                + ", severity: 4, share_affected: 0.5, response_delay_weeks: " + DELAY + ", buzz_weeks: " + BUZZ
                + ", response: " + response + ", responses: " + effects + "}\n";
    }

    private static MarketModel started(String yaml) {
        LoadedScenario loaded = Harness.load(yaml);
        MarketModel model = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().effectiveStrategies().get(0), 0), (tick, w, brand, values) -> { });
        model.start();
        return model;
    }

    private static double trustAt(String yaml, double week) {
        return Harness.metricAt(Harness.load(yaml), Metric.TRUST, week, 1)[0];
    }

    private static double effect(String with, String without, Metric metric, double week) {
        return Harness.pairedT(Harness.metricAt(Harness.load(with), metric, week, REPS),
                Harness.metricAt(Harness.load(without), metric, week, REPS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ignore", "defensive", "honest"})
    void negativeTalkIsTheIgnoreValueUntilTheAnswerThenTheModesValueUntilTheBuzzEnds(String mode) {
        MarketModel model = started(crisis(mode,
                "{ignore: {negative_talk: 1.7}, defensive: {negative_talk: 3.1}, honest: {negative_talk: 0.4}}"));
        double answered = switch (mode) {
            case "ignore" -> 1.7;
            case "defensive" -> 3.1;
            default -> 0.4;
        };
        for (int week = 1; week <= 20; week++) {
            model.schedule.step(model);
            double expected = week < CRISIS_WEEK ? 1.0
                    : week < CRISIS_WEEK + DELAY ? 1.7
                    : week < CRISIS_WEEK + BUZZ ? answered
                    : 1.0;
            assertEquals(expected, model.brands[0].crisis.negativeVoiceMultiplier, 0, "week " + week);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ignore", "defensive", "honest"})
    void backlashAndRecoveryAreEvidenceForTheAffectedWhenTheAnswerLands(String mode) {
        // Same scenario and random numbers; only this mode's evidence differs. Everything before
        // the events process of the landing tick is identical, so the difference right after it is
        // exactly the answer's evidence, and only for the affected.
        String quiet = "{" + mode + ": {backlash: 0, recovery: 0}}";
        String loud = "{" + mode + ": {backlash: 0.5, recovery: 0.25}}";
        MarketModel a = started(crisis(mode, quiet));
        MarketModel b = started(crisis(mode, loud));
        int landing = (int) (CRISIS_WEEK + DELAY);
        for (int week = 1; week <= landing; week++) {
            a.schedule.step(a);
            b.schedule.step(b);
        }
        int affected = 0;
        for (int p = 0; p < a.size; p++) {
            boolean hit = (b.consumers.flags[p] & Consumers.CRISIS_AFFECTED) != 0;
            assertEquals(hit, (a.consumers.flags[p] & Consumers.CRISIS_AFFECTED) != 0);
            affected += hit ? 1 : 0;
            double severity = 4;
            assertEquals(hit ? 0.5 * severity : 0, b.consumers.negative[p] - a.consumers.negative[p], 1e-4, "negative of " + p);
            assertEquals(hit ? 0.25 * severity : 0, b.consumers.positive[p] - a.consumers.positive[p], 1e-4, "positive of " + p);
        }
        assertTrue(affected > 0, "the crisis affects someone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ignore", "defensive", "honest"})
    void eachKeyMovesTrustTheWayItShould(String mode) {
        String neutral = "{" + mode + ": {negative_talk: 1, backlash: 0, recovery: 0}}";
        String talk = "{" + mode + ": {negative_talk: 4, backlash: 0, recovery: 0}}";
        String backlash = "{" + mode + ": {negative_talk: 1, backlash: 1, recovery: 0}}";
        String recovery = "{" + mode + ": {negative_talk: 1, backlash: 0, recovery: 1}}";
        double week = CRISIS_WEEK + BUZZ;
        // Louder negative talk during the answer's part of the buzz: more negative evidence heard.
        assertTrue(effect(crisis(mode, neutral), crisis(mode, talk), Metric.TRUST, week) > SIGNIFICANT,
                mode + ".negative_talk lowers trust");
        assertTrue(effect(crisis(mode, neutral), crisis(mode, backlash), Metric.TRUST, week) > SIGNIFICANT,
                mode + ".backlash lowers trust");
        assertTrue(effect(crisis(mode, recovery), crisis(mode, neutral), Metric.TRUST, week) > SIGNIFICANT,
                mode + ".recovery raises trust");
    }

    @Test
    void ignoresNegativeTalkAlsoSetsTheBuzzBeforeAnAnswerLands() {
        String quiet = crisis("honest", "{ignore: {negative_talk: 1}}");
        String loud = crisis("honest", "{ignore: {negative_talk: 4}}");
        assertTrue(effect(quiet, loud, Metric.TRUST, CRISIS_WEEK + DELAY) > SIGNIFICANT);
    }

    @Test
    void withEqualEffectsTheThreeResponsesGiveIdenticalRuns() {
        String same = "{negative_talk: 2, backlash: 0.3, recovery: 0.6}";
        String equal = "{ignore: " + same + ", defensive: " + same + ", honest: " + same + "}";
        for (int r = 0; r < 2; r++) {
            List<Harness.Row> ignore = Harness.run(Harness.load(crisis("ignore", equal)), r);
            List<Harness.Row> defensive = Harness.run(Harness.load(crisis("defensive", equal)), r);
            List<Harness.Row> honest = Harness.run(Harness.load(crisis("honest", equal)), r);
            assertEquals(ignore.size(), defensive.size());
            assertEquals(ignore.size(), honest.size());
            for (int i = 0; i < ignore.size(); i++) {
                assertArrayEquals(ignore.get(i).values(), defensive.get(i).values(), "row " + i);
                assertArrayEquals(ignore.get(i).values(), honest.get(i).values(), "row " + i);
            }
        }
        // Not vacuous: with the default effects the modes do differ.
        String defaults = "{}";
        assertFalse(trustAt(crisis("honest", defaults), 20) == trustAt(crisis("defensive", defaults), 20));
    }
}
