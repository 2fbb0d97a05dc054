package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report names money in the market's currency, read from scenario.json, never as "(currency)". */
class CurrencyInReportTest {
    @TempDir
    Path dir;

    @Test
    void theReportShowsTheEuroSignForEur() throws IOException {
        Path results = SyntheticResults.spendAndInvest().writeTo(dir.resolve("results"));
        assertEquals(Optional.of("EUR"), Fixtures.load(results).currency());
        String html = Files.readString(Reports.writeReport(results, dir.resolve("report.html"), ReportFormat.HTML));
        assertFalse(html.contains("currency)"), "a unit still says currency");
        assertTrue(html.contains("<span class=\"unit\">(€)</span>"), "headline unit");
        assertTrue(html.contains(">€6,300<span class=\"ci\">"), "headline money with its symbol");
        assertTrue(html.contains("Cumulative profit (€)") || html.contains("Cumulative profit (&#8364;)"), "axis title");
    }
}
