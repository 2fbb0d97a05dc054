package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Mechanisms;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The likelihood to recommend, its Reichheld bands, who is surveyed, and NPS in a flagship-like market. */
class NpsTest {
    /** The defaults of mechanisms.recommendation. */
    private static final Nps DEFAULT = new Nps(new Mechanisms.Recommendation(true, 1, 2));
    private static final Nps PLAIN = new Nps(new Mechanisms.Recommendation(false, 1, 2));

    @Test
    void aCustomersLikelihoodIsTenTimesTrustRoundedOnTheZeroToTenScale() {
        assertEquals(0, DEFAULT.likelihood(0.0, Stage.CUSTOMER));
        assertEquals(3, DEFAULT.likelihood(0.3, Stage.CUSTOMER));
        assertEquals(8, DEFAULT.likelihood(0.82, Stage.CUSTOMER));
        assertEquals(9, DEFAULT.likelihood(0.86, Stage.CUSTOMER));
        assertEquals(10, DEFAULT.likelihood(1.0, Stage.CUSTOMER));
    }

    @Test
    void promotersAnswerNineOrTenAndDetractorsZeroToSix() {
        for (int answer = 0; answer <= 10; answer++) {
            assertEquals(answer >= 9, Nps.promoter(answer), "promoter " + answer);
            assertEquals(answer <= 6, Nps.detractor(answer), "detractor " + answer);
        }
    }

    @Test
    void membershipAndAdvocacyRaiseTheAnswerAndItStaysOnTheScale() {
        // Trust 0.7: a customer is a passive (7), a member says 8, an advocate 10.
        assertEquals(7, DEFAULT.likelihood(0.7, Stage.CUSTOMER));
        assertEquals(8, DEFAULT.likelihood(0.7, Stage.MEMBER));
        assertEquals(10, DEFAULT.likelihood(0.7, Stage.ADVOCATE));
        // An advocate at the membership threshold (0.6) is a promoter; a customer there a detractor.
        assertTrue(Nps.promoter(DEFAULT.likelihood(0.6, Stage.ADVOCATE)));
        assertTrue(Nps.detractor(DEFAULT.likelihood(0.6, Stage.CUSTOMER)));
        assertEquals(10, DEFAULT.likelihood(0.95, Stage.ADVOCATE));
        // Switched off, the stage adds nothing.
        assertEquals(7, PLAIN.likelihood(0.7, Stage.ADVOCATE));
    }

    @Test
    void aDetractorAnswersAtMostSixWhateverTheirTrust() {
        assertEquals(6, DEFAULT.likelihood(0.95, Stage.DETRACTOR));
        assertEquals(6, PLAIN.likelihood(0.8, Stage.DETRACTOR));
        assertEquals(2, DEFAULT.likelihood(0.2, Stage.DETRACTOR));
        assertTrue(Nps.detractor(DEFAULT.likelihood(1.0, Stage.DETRACTOR)));
    }

    @Test
    void activeCustomersAndDetractorsAreSurveyedTheLapsedAndStrangersNot() {
        for (Stage s : Stage.values()) {
            boolean asked = s == Stage.CUSTOMER || s == Stage.MEMBER || s == Stage.ADVOCATE || s == Stage.DETRACTOR;
            assertEquals(asked, Nps.surveyed(s), s.name());
        }
        assertFalse(Nps.surveyed(Stage.LAPSED));
    }

    @Test
    void thirtyPercentPromotersAndTwentyPercentDetractorsMakePlusTen() {
        assertEquals(10.0, Nps.of(30, 20, 100), 1e-12);
        assertEquals(0.0, Nps.of(0, 0, 0), 0);
    }

    /**
     * The flagship's market and brand (quality 0.85, steady trust about 0.82) with no plan and no
     * spend: its NPS after three years lies in the range published benchmarks report for whole
     * industries (about 0 to +50; docs/model-odd.md), not pinned near -100 nor at the top.
     * Two replications of 2,000 agents: an NPS over some 250 surveyed agents moves by a few points.
     */
    @Test
    void doingNothingInTheFlagshipsMarketScoresInTheTypicalRange() throws IOException {
        String yaml = Files.readString(Path.of("..", "scenarios", "spend-vs-invest.yaml"), StandardCharsets.UTF_8);
        LoadedScenario loaded = Harness.load(yaml, "population.size=2000");
        Scenario scenario = loaded.scenario();
        StrategySpec nothing = scenario.effectiveStrategies().stream()
                .filter(s -> s.name().equals(Scenario.BASELINE)).findFirst().orElseThrow();
        double sum = 0;
        int replications = 2;
        for (int r = 0; r < replications; r++) {
            double[] last = new double[1];
            new MarketModel(new RunSpec(scenario, loaded.edges(), nothing, r),
                    (tick, week, brand, values) -> {
                        if (brand == 0) {
                            last[0] = values[Metric.NPS.ordinal()];
                        }
                    }).runToHorizon();
            sum += last[0];
        }
        double nps = sum / replications;
        assertTrue(nps > 0 && nps < 50, "do-nothing NPS " + nps);
    }
}
