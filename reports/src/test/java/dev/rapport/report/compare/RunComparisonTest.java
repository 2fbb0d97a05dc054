package dev.rapport.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.ReportException;
import dev.rapport.report.Reports;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.html.CompareView;
import dev.rapport.report.stats.Interval;
import dev.rapport.report.table.HeadlineCell;
import dev.rapport.report.testing.SyntheticResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two synthetic runs compared: run "before" is the default spend-and-invest model; run "after" has
 * spend's cumulative profit 10% higher ({@code 110·t} against {@code 100·t}) and invest's replaced
 * with {@code 160·t}, so the numbers the page states are known.
 */
class RunComparisonTest {

    @TempDir
    static Path tmp;
    static SyntheticResults before;
    static SyntheticResults after;
    static Path dirBefore;
    static Path dirAfter;

    @BeforeAll
    static void writeRuns() {
        System.setProperty("java.awt.headless", "true");
        before = SyntheticResults.spendAndInvest();
        dirBefore = before.writeTo(tmp.resolve("before"));
        after = SyntheticResults.spendAndInvest().metric("cumulative_profit",
                (s, r, t, b) -> s.equals("spend") ? 110.0 * t : 160.0 * t + r);
        dirAfter = after.writeTo(tmp.resolve("after"));
    }

    @Test
    void thePageNamesBothRunsAndItsTableHoldsEachRunsMeansAndIntervals() throws Exception {
        RunComparison comparison = RunComparison.load(List.of(dirBefore, dirAfter));
        CompareView view = ComparisonPage.view(comparison);
        assertEquals(List.of("before", "after"), view.runs().stream().map(CompareView.Run::label).toList());
        assertEquals("Synthetic spend versus invest", view.runs().get(1).scenario());
        assertEquals("23 November 2026, 09:01 UTC", view.runs().get(0).finished());
        assertEquals("Cumulative profit", view.metrics().get(0).label(), "the objective first");
        assertEquals(4, view.rows().size(), "a row per run and strategy");
        for (CompareView.Row row : view.rows()) {
            SyntheticResults run = row.run().equals("before") ? before : after;
            double[] sample = new double[5];
            for (int r = 0; r < 5; r++) {
                sample[r] = run.value("cumulative_profit", row.strategy(), r, 52, "acme");
            }
            Interval expected = Interval.of(sample, 0.95);
            HeadlineCell cell = row.cells().get(0);
            assertEquals(expected.mean(), cell.interval().mean(), 1e-9, row.run() + " " + row.strategy());
            assertEquals(expected.low(), cell.interval().low(), 1e-9);
            assertEquals(expected.high(), cell.interval().high(), 1e-9);
        }
        assertEquals(110.0 * 52, view.rows().get(2).cells().get(0).interval().mean(), 1e-9, "after's spend");

        Path page = Reports.writeComparison(List.of(dirBefore, dirAfter), tmp.resolve("compare.html"));
        String html = Files.readString(page);
        assertTrue(html.contains("Comparing before and after"), "title names both runs");
        assertTrue(html.contains("95% confidence interval of the mean"), "intervals labelled as such");
        assertTrue(html.contains(view.rows().get(2).cells().get(0).mean()), "after's spend in the table");
        assertTrue(Reports.isReport(page, dev.rapport.report.ReportFormat.HTML), "marked as Rapport's");
    }

    @Test
    void eachKeyMetricChartHasALinePerRunAndStrategyAndItsCaptionStatesTheChange() {
        RunComparison comparison = RunComparison.load(List.of(dirBefore, dirAfter));
        List<Chart> charts = ComparisonCharts.build(comparison, List.of("cumulative_profit", "members"),
                ComparisonPage.palette(comparison));
        assertEquals(2, charts.size());
        Chart profit = charts.get(0);
        XYSeriesCollection data = (XYSeriesCollection) profit.chart().getXYPlot().getDataset();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            keys.add(data.getSeriesKey(i).toString());
        }
        assertEquals(List.of("before: spend", "before: invest", "after: spend", "after: invest"), keys);
        assertEquals(110.0 * 52, data.getSeries(2).getY(52).doubleValue(), 1e-9, "after's spend at week 52");

        // spend: 5,720 against 5,200 is 10% above (money with its symbol); invest: 160·52 + 2 (mean of r) against 150·52 − 1500.
        double investBefore = 150.0 * 52 - 1500;
        double investAfter = 160.0 * 52 + 2;
        long investPct = Math.round(100 * (investAfter - investBefore) / investBefore);
        String caption = profit.caption();
        assertTrue(caption.startsWith("At week 52, after's spend ends 10% above before's (€5,720 against €5,200)"), caption);
        assertTrue(caption.contains("after's invest ends " + investPct + "% above before's"), caption);
    }

    @Test
    void runsWithDifferentStrategiesShowEachTheirOwnAndCaptionOnlyTheSharedOnes() {
        Path other = SyntheticResults.empty().strategy("spend", "spend", 150_000).strategy("mixed", "mixed", 150_000)
                .writeTo(tmp.resolve("other"));
        Path none = SyntheticResults.empty().strategy("coupons", "spend", 150_000).writeTo(tmp.resolve("none"));
        RunComparison comparison = RunComparison.load(List.of(dirBefore, other, none));
        CompareView view = ComparisonPage.view(comparison);
        assertEquals(List.of("before spend", "before invest", "other spend", "other mixed", "none coupons"),
                view.rows().stream().map(r -> r.run() + " " + r.strategy()).toList());
        assertEquals("spend and mixed; 5 replications each", view.runs().get(1).strategies());
        String caption = ComparisonCharts.build(comparison, "cumulative_profit", ComparisonPage.palette(comparison)).caption();
        assertTrue(caption.contains("other's spend ends level with before's"), caption);
        assertFalse(caption.contains("other's mixed"), "no mixed in the first run: " + caption);
        assertTrue(caption.endsWith("none has no strategy in common with before."), caption);
    }

    @Test
    void refusesRunsWhoseHorizonsDiffer() {
        Path shorter = SyntheticResults.spendAndInvest().ticks(41).writeTo(tmp.resolve("shorter"));
        ReportException e = assertThrows(ReportException.class, () -> RunComparison.load(List.of(dirBefore, shorter)));
        assertEquals(ReportException.Code.RUNS_DIFFER, e.code());
        assertTrue(e.getMessage().contains("horizons differ: before ends at week 52, shorter at week 40"), e.getMessage());
        assertTrue(e.getMessage().contains("time.horizon_weeks"), "says what to do: " + e.getMessage());
    }

    @Test
    void refusesRunsWhoseTickLengthsDiffer() {
        Path halfWeeks = SyntheticResults.spendAndInvest().ticks(105).tickWeeks(0.5).writeTo(tmp.resolve("half"));
        ReportException e = assertThrows(ReportException.class, () -> RunComparison.load(List.of(dirBefore, halfWeeks)));
        assertEquals(ReportException.Code.RUNS_DIFFER, e.code());
        assertTrue(e.getMessage().contains("tick lengths differ"), e.getMessage());
    }

    @Test
    void refusesRunsWhoseMetricsDifferNamingTheMetricsOnlyOneHas() {
        List<String> withoutNps = SyntheticResults.ALL_METRICS.stream().filter(m -> !m.equals("nps")).toList();
        Path noNps = SyntheticResults.spendAndInvest().metrics(withoutNps).writeTo(tmp.resolve("no-nps"));
        ReportException e = assertThrows(ReportException.class, () -> RunComparison.load(List.of(dirBefore, noNps)));
        assertEquals(ReportException.Code.RUNS_DIFFER, e.code());
        assertTrue(e.getMessage().contains("metrics differ: only before has nps;"), e.getMessage());
        assertFalse(e.getMessage().contains("only no-nps has"), e.getMessage());
    }

    @Test
    void refusesASingleFolder() {
        ReportException e = assertThrows(ReportException.class, () -> RunComparison.load(List.of(dirBefore)));
        assertEquals(ReportException.Code.RUNS_DIFFER, e.code());
        assertTrue(e.getMessage().contains("only " + dirBefore + " was given"), e.getMessage());
    }

    @Test
    void refusesAnExperimentsFolderAndAFolderWithoutSeries() throws Exception {
        Path sweep = Files.createDirectories(tmp.resolve("sweep"));
        Files.writeString(sweep.resolve("sweep.json"), "{}");
        ReportException e = assertThrows(ReportException.class, () -> RunComparison.load(List.of(dirBefore, sweep)));
        assertEquals(ReportException.Code.RUNS_DIFFER, e.code());
        assertTrue(e.getMessage().contains("is the folder of sweep, not of a run"), e.getMessage());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        ReportException missing = assertThrows(ReportException.class, () -> RunComparison.load(List.of(empty, dirBefore)));
        assertTrue(missing.getMessage().contains("has no series.csv"), missing.getMessage());
    }

    @Test
    void labelsTellFoldersOfTheSameNameApart() {
        assertEquals(List.of("a/results", "b/results"), Labels.of(List.of(Path.of("/x/a/results"), Path.of("/x/b/results"))));
        assertEquals(List.of("results", "results (2)"), Labels.of(List.of(Path.of("/x/results"), Path.of("/x/results"))));
    }
}
