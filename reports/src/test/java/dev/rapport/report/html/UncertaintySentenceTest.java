package dev.rapport.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.results.ResultsFolder;
import dev.rapport.report.results.UncertaintyShares;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's sentence on where the spread comes from, read from a known {@code uncertainty.csv}. */
class UncertaintySentenceTest {

    @Test
    void theSentenceGivesEachStrategysShareAndSaysWhenTheIntervalsAreWide(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(UncertaintyShares.FILE), """
                strategy,versus,metric,n,sd_total,sd_seed,share_parameters,share_low,share_high
                spend,,cumulative_profit,8,2.4,0.49,0.96,0.76,0.99
                invest,,cumulative_profit,8,1.9,1.0,0.72,0,0.88
                'baseline,,cumulative_profit,1,,,,,
                spend,invest,cumulative_profit,8,2.8,1.5,0.73,0,0.91
                """);
        List<UncertaintyShares.Share> shares = UncertaintyShares.read(new ResultsFolder(dir));
        assertEquals(3, shares.size(), "the pair's row is not a strategy's");
        assertEquals("'baseline".substring(1), shares.get(2).strategy(), "names restored as CSV cells are");
        String sentence = UncertaintySentence.of(shares, new MetricCatalog(1).metric("cumulative_profit"), 0.95).orElseThrow();
        assertTrue(sentence.startsWith("The uncertain market values explain 96% for spend (95% CI 76%–99%), "
                + "72% for invest (95% CI 0%–88%) and unknown for baseline of the spread of "), sentence);
        assertTrue(sentence.contains("the rest is seed noise"), sentence);
        assertTrue(sentence.endsWith("Wide intervals mean too few replications to tell."), sentence);
    }

    @Test
    void aRunWithoutUncertainValuesHasNoSentence(@TempDir Path dir) {
        List<UncertaintyShares.Share> shares = UncertaintyShares.read(new ResultsFolder(dir));
        assertTrue(shares.isEmpty());
        assertTrue(UncertaintySentence.of(shares, new MetricCatalog(1).metric("cumulative_profit"), 0.95).isEmpty());
    }
}
