package dev.rapport.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.ReportException;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsLoaderTest {

    @TempDir
    Path dir;

    @Test
    void resolvesStrategiesKindsBrandObjectiveAndHorizonFromTheManifest() {
        SyntheticResults.spendAndInvest().replications(4).ticks(11).tickWeeks(0.5).writeTo(dir);

        RunResults results = Fixtures.load(dir);

        assertEquals(List.of("spend", "invest"), results.strategyNames());
        assertEquals(StrategyKind.INVEST, results.strategy("invest").kind());
        assertEquals(150_000, results.strategy("spend").budget().getAsDouble());
        assertEquals("acme", results.focalBrand());
        assertEquals("cumulative_profit", results.objective());
        assertEquals(10, results.horizonTick());
        assertEquals(5.0, results.horizonWeek());
        assertEquals(0.5, results.tickWeeks());
        assertEquals(4, results.replications());
        assertTrue(results.manifest().complete());
    }

    @Test
    void keepsOnlyTheMetricsTheReportDraws() {
        SyntheticResults.spendAndInvest().writeTo(dir);

        RunResults results = Fixtures.load(dir);

        assertTrue(results.values("spend", "members").isPresent());
        assertTrue(results.values("spend", "cogs").isEmpty());
        assertTrue(results.values("spend", "clv").isEmpty());
    }

    @Test
    void readsAnIncompleteRunUpToTheTicksEveryReplicationReached() throws IOException {
        SyntheticResults.spendAndInvest().ticks(10).incomplete().writeTo(dir);
        Path series = dir.resolve("series.csv");
        List<String> lines = Files.readAllLines(series);
        // Drop the last tick of invest's last replication, as a run stopped mid-way would.
        Files.write(series, lines.stream().filter(l -> !l.startsWith("invest,4,9,")).toList());

        RunResults results = Fixtures.load(dir);

        assertFalse(results.manifest().complete());
        assertEquals(8, results.horizonTick());
    }

    @Test
    void readsASummaryWhoseUndefinedValuesAreNull() throws IOException {
        SyntheticResults.spendAndInvest().writeTo(dir);
        // What the simulator writes when a comparison has no replication: null, not "NaN".
        Files.writeString(dir.resolve("summary.json"), "{\"horizon_week\": 52, \"objective\": \"cumulative_profit\","
                + " \"focal_brand\": \"acme\", \"metrics\": [{\"strategy\": \"spend\", \"brand\": \"acme\","
                + " \"metric\": \"members\", \"week\": 52, \"n\": 0, \"mean\": null, \"sd\": null,"
                + " \"ci_low\": null, \"ci_high\": null}], \"comparisons\": [{\"metric\": \"cumulative_profit\","
                + " \"brand\": \"acme\", \"a\": \"invest\", \"b\": \"spend\", \"week\": 52, \"n\": 0,"
                + " \"mean_difference\": null, \"ci_low\": null, \"ci_high\": null, \"probability_a_beats_b\": null}]}");

        RunResults results = Fixtures.load(dir);

        assertTrue(results.summary().comparisons().isEmpty(), "a comparison without numbers is left out");
        assertEquals(52.0, results.summary().horizonWeek().getAsDouble());
    }

    @Test
    void readsHowManyReplicationsAnIncompleteRunHoldsAndWhatWentWrong() throws IOException {
        SyntheticResults.spendAndInvest().replications(2).incompleteOf(6)
                .failure(2, "invest", 42L, "java.lang.IllegalStateException: bad tie").writeTo(dir);
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\\{", "{\"error\": \"java.io.IOException: disk full\","));

        RunManifest read = Fixtures.load(dir).manifest();

        assertFalse(read.complete());
        assertEquals(2, read.completedReplications().getAsInt());
        assertEquals(6, read.replications().getAsInt());
        assertEquals(List.of("the run stopped unexpectedly: java.io.IOException: disk full",
                "replication 2, strategy invest, seed 42: java.lang.IllegalStateException: bad tie"), read.failures());
    }

    @Test
    void worksWithoutSummaryJson() {
        SyntheticResults.spendAndInvest().withoutSummary().writeTo(dir);

        RunResults results = Fixtures.load(dir);

        assertTrue(results.summary().comparisons().isEmpty());
    }

    @Test
    void aFolderThatDoesNotExistSaysSo() {
        ReportException e = assertThrows(ReportException.class, () -> Fixtures.load(dir.resolve("nope")));

        assertEquals(ReportException.Code.RESULTS_FOLDER_NOT_FOUND, e.code());
    }

    @Test
    void aMissingSeriesTellsThePersonToRunFirst() throws IOException {
        SyntheticResults.spendAndInvest().writeTo(dir);
        Files.delete(dir.resolve("series.csv"));

        ReportException e = assertThrows(ReportException.class, () -> Fixtures.load(dir));

        assertEquals(ReportException.Code.MISSING_FILE, e.code());
        assertTrue(e.getMessage().contains("has no series.csv; run `rapport run` first"), e.getMessage());
        assertEquals(List.of(dir.toString(), "series.csv"), e.arguments());
    }

    @Test
    void missingManifestOrScenarioIsAMissingFile() throws IOException {
        SyntheticResults.spendAndInvest().writeTo(dir);
        Files.delete(dir.resolve("scenario.json"));

        assertEquals(ReportException.Code.MISSING_FILE,
                assertThrows(ReportException.class, () -> Fixtures.load(dir)).code());

        SyntheticResults.spendAndInvest().writeTo(dir);
        Files.delete(dir.resolve("manifest.json"));

        assertEquals(ReportException.Code.MISSING_FILE,
                assertThrows(ReportException.class, () -> Fixtures.load(dir)).code());
    }

    @Test
    void aManifestThatIsNotJsonIsMalformedWithItsLine() throws IOException {
        SyntheticResults.spendAndInvest().writeTo(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\n  \"seed\": 1,\n  oops\n}");

        ReportException e = assertThrows(ReportException.class, () -> Fixtures.load(dir));

        assertEquals(ReportException.Code.MALFORMED_FILE, e.code());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aManifestThatIsAnArrayIsMalformed() throws IOException {
        SyntheticResults.spendAndInvest().writeTo(dir);
        Files.writeString(dir.resolve("manifest.json"), "[1, 2]");

        assertEquals(ReportException.Code.MALFORMED_FILE,
                assertThrows(ReportException.class, () -> Fixtures.load(dir)).code());
    }

    @Test
    void strategiesAbsentFromTheManifestAreKeptAsOther() throws IOException {
        SyntheticResults.spendAndInvest().writeTo(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\"focal_brand\": \"acme\"}");

        RunResults results = Fixtures.load(dir);

        assertEquals(List.of("spend", "invest"), results.strategyNames());
        assertEquals(StrategyKind.OTHER, results.strategy("invest").kind());
        assertEquals("acme", results.strategy("invest").brand());
    }

    @Test
    void aManifestFromAnotherRunIsNoData() throws IOException {
        SyntheticResults.spendAndInvest().writeTo(dir);
        Files.writeString(dir.resolve("manifest.json"),
                "{\"focal_brand\": \"zeta\", \"strategies\": [{\"name\": \"other\", \"brand\": \"zeta\"}]}");

        assertEquals(ReportException.Code.NO_DATA,
                assertThrows(ReportException.class, () -> Fixtures.load(dir)).code());
    }

    @Test
    void d21_aSeriesWithMoreReplicationsThanTheManifestIsRefused() throws IOException {
        SyntheticResults.spendAndInvest().replications(6).writeTo(dir.resolve("other"));
        SyntheticResults.spendAndInvest().replications(2).writeTo(dir);
        Files.copy(dir.resolve("other/series.csv"), dir.resolve("series.csv"), StandardCopyOption.REPLACE_EXISTING);

        ReportException e = assertThrows(ReportException.class, () -> Fixtures.load(dir));

        assertEquals(ReportException.Code.MALFORMED_FILE, e.code());
        assertTrue(e.getMessage().contains("series.csv") && e.getMessage().contains("manifest.json")
                && e.getMessage().contains("6 replications") && e.getMessage().contains("2"), e.getMessage());
    }

    @Test
    void d21_aSeriesWithAnotherHorizonThanTheManifestIsRefused() throws IOException {
        SyntheticResults.spendAndInvest().ticks(157).writeTo(dir.resolve("other"));
        SyntheticResults.spendAndInvest().ticks(21).writeTo(dir);
        Files.copy(dir.resolve("other/series.csv"), dir.resolve("series.csv"), StandardCopyOption.REPLACE_EXISTING);

        ReportException e = assertThrows(ReportException.class, () -> Fixtures.load(dir));

        assertEquals(ReportException.Code.MALFORMED_FILE, e.code());
        assertTrue(e.getMessage().contains("series.csv") && e.getMessage().contains("week 156")
                && e.getMessage().contains("manifest.json") && e.getMessage().contains("20"), e.getMessage());
    }

    @Test
    void d21_aSummaryWithAnotherHorizonThanTheManifestIsRefused() throws IOException {
        SyntheticResults.spendAndInvest().ticks(157).writeTo(dir.resolve("other"));
        SyntheticResults.spendAndInvest().ticks(21).writeTo(dir);
        Files.copy(dir.resolve("other/summary.json"), dir.resolve("summary.json"), StandardCopyOption.REPLACE_EXISTING);

        ReportException e = assertThrows(ReportException.class, () -> Fixtures.load(dir));

        assertTrue(e.getMessage().contains("summary.json") && e.getMessage().contains("156"), e.getMessage());
    }

    @Test
    void d21_aScenarioCopyThatIsNotTheOneTheManifestHashedIsRefused() throws IOException {
        SyntheticResults.spendAndInvest().writeTo(dir);
        Files.writeString(dir.resolve("scenario.yaml"), "name: another\n");

        ReportException e = assertThrows(ReportException.class, () -> Fixtures.load(dir));

        assertTrue(e.getMessage().contains("scenario.yaml") && e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void anIncompleteRunHoldingTheReplicationsItListsStillLoads() {
        SyntheticResults.spendAndInvest().replications(2).incompleteOf(6).writeTo(dir);

        assertEquals(2, Fixtures.load(dir).replications());
    }

    @Test
    void d17_aManifestReplicationBeyondAnyIntNamesTheFieldAndRange() throws IOException {
        SyntheticResults.spendAndInvest().replications(3).writeTo(dir);
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest)
                .replaceFirst("\"completed_replications\" : \\[[^\\]]*\\]", "\"completed_replications\" : [0, 1099511627776]"));

        ReportException e = assertThrows(ReportException.class, () -> Fixtures.load(dir));

        assertEquals(ReportException.Code.MALFORMED_FILE, e.code());
        assertTrue(e.getMessage().contains("manifest.json") && e.getMessage().contains("completed_replications")
                && e.getMessage().contains("0 to 2"), e.getMessage());
    }
}
