package dev.rapport.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import dev.rapport.report.chart.ChartSlug;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names a person reads (D11, D14, D15) and a horizon of whole ticks (D18), beyond the messages the
 * bad-scenario corpus pins: names are compared after NFC normalisation, references follow the
 * same normalisation, the chart-name rule is the reports' own, and the hint's horizons are valid.
 */
class ScenarioNamesAndTimeTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader(Metric.names());

    private static String base() throws IOException {
        return Files.readString(BadScenarioCorpusTest.CORPUS.resolve("valid-base.yaml.txt"), StandardCharsets.UTF_8);
    }

    private static LoadedScenario load(String yaml, String... overrides) {
        return LOADER.load(yaml.getBytes(StandardCharsets.UTF_8), "names.yaml", null, List.of(overrides));
    }

    @Test
    void d15_namesAreNfcNormalisedSoADecomposedReferenceFindsAComposedBrand() throws IOException {
        String yaml = base().replace("  - name: acme\n", "  - name: \"caf\\u00E9\"\n")
                .replace("brand: acme,", "brand: \"cafe\\u0301\",")
                .replace("  - name: spend\n", "  - name: spend\n    brand: \"cafe\\u0301\"\n");
        Scenario s = load(yaml).scenario();
        assertEquals("caf\u00E9", s.brands().get(0).name());
        assertEquals("caf\u00E9", s.strategies().get(0).brand());
        assertEquals("caf\u00E9", s.events().get(0).brand());
    }

    @Test
    void d15_nameWithAZeroWidthSpaceIsNotASecondBrandThatLooksTheSame() throws IOException {
        String yaml = base().replace("  - name: bolt\n", "  - name: \"acme\\u200B\"\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml));
        assertEquals("brands[1].name", e.problems().get(0).path());
        assertTrue(e.problems().get(0).suggestion().contains("\"acme\\u200B\""), e.problems().get(0).suggestion());
    }

    @Test
    void d14_noProblemMessageCarriesAControlCharacter() throws IOException {
        String yaml = base().replace("  - name: spend\n", "  - name: \"\\e[2J\\e[31mspend\\e[0m\"\n    brand: \"x\\e]0;pwned\\a\"\n")
                .replace("objective: cumulative_profit", "objective: \"profit\\e[2J\"");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml));
        assertTrue(e.problems().size() >= 3, e.getMessage());
        for (ScenarioProblem p : e.problems()) {
            String text = p.format();
            assertTrue(text.codePoints().noneMatch(cp -> cp != '\n' && Character.isISOControl(cp)), text);
        }
        assertTrue(e.problems().stream().anyMatch(p -> p.format().contains("\"\\e[2J\\e[31mspend\\e[0m\"")), e.getMessage());
    }

    @ParameterizedTest(name = "D11: ''{0}'' and ''{1}''")
    @CsvSource(delimiter = '|', value = {"a/b|a_b", "Spend|spend", "a b|a--b", "-x-|x", "invest|invest 2", "é|ü"})
    void d11_strategyNamesAreRefusedExactlyWhenTheirChartFilesWouldCollide(String first, String second) throws IOException {
        String yaml = base().replace("  - name: spend\n", "  - name: '" + first + "'\n")
                .replace("  - name: invest\n", "  - name: '" + second + "'\n");
        boolean collide = ChartSlug.of(first).equals(ChartSlug.of(second));
        if (collide) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml));
            assertEquals("strategies[1].name", e.problems().get(0).path());
        } else {
            assertEquals(second, load(yaml).scenario().strategies().get(1).name());
        }
    }

    @ParameterizedTest(name = "D18: {0} weeks in ticks of {1}")
    @CsvSource({"20.5, week", "2.5, day", "3.3, 0.5", "0.4, week", "20.43, day"})
    void d18_theHorizonsTheHintSuggestsAreValid(String horizon, String tick) throws IOException {
        String yaml = base().replace("horizon_weeks: 20", "horizon_weeks: " + horizon).replace("tick: week", "tick: " + tick)
                .replace("checkpoints_weeks: [10]", "checkpoints_weeks: []");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml, "events=[]", "strategies=[]"));
        ScenarioProblem p = e.problems().get(0);
        assertEquals("time.horizon_weeks", p.path(), e.getMessage());
        Matcher m = Pattern.compile("write ([0-9.]+)(?: or ([0-9.]+))?").matcher(p.suggestion());
        assertTrue(m.find(), p.suggestion());
        for (int g = 1; g <= 2; g++) {
            if (m.group(g) != null) {
                String fixed = yaml.replace("horizon_weeks: " + horizon, "horizon_weeks: " + m.group(g));
                assertFalse(load(fixed, "events=[]", "strategies=[]").scenario().time().horizonWeeks() <= 0);
            }
        }
    }

    /** A day is 1/7 week, which no decimal writes exactly: 0.142857 records every day, and a value below a tick is told the tick to write. */
    @Test
    void recordingEveryDayIsWrittenAsADecimalAndTheMessageNamesTheTickExactlyEnough() throws IOException {
        String daily = base().replace("tick: week", "tick: day");
        Scenario s = load(daily, "events=[]", "strategies=[]", "outputs.every_weeks=0.142857").scenario();
        assertEquals(0.142857, s.outputs().everyWeeks());

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load(daily, "events=[]", "strategies=[]", "outputs.every_weeks=0.1"));
        ScenarioProblem p = e.problems().get(0);
        assertEquals("outputs.every_weeks", p.path());
        assertTrue(e.getMessage().contains("at least one tick (0.14285714 weeks)") && e.getMessage().contains("found 0.1"),
                e.getMessage());
        assertTrue(p.suggestion().contains("write every_weeks: 0.14285714"), p.suggestion());
        load(daily, "events=[]", "strategies=[]", "outputs.every_weeks=0.14285714");
    }
}
