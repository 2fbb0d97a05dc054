package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.testing.SyntheticResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @TempDir
    static Path shared;

    /** The HTML report of the default synthetic run, written once for the tests that only read it. */
    private static String html;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSharedReport() throws IOException {
        Path results = SyntheticResults.spendAndInvest().writeTo(shared.resolve("results"));
        html = Files.readString(Reports.writeReport(results, shared.resolve("out/report.html"), ReportFormat.HTML));
    }

    private Path results() {
        return SyntheticResults.spendAndInvest().writeTo(dir.resolve("results"));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void htmlReportInlinesEveryChartAsSvgAndReferencesNothingOutside() {
        int figures = count(html, "<figure id=");
        assertEquals(11, figures);
        assertEquals(figures, count(html, "<svg id="));
        assertEquals(0, count(html, "<img"));
        assertEquals(0, count(html, "<script"));
        assertEquals(0, count(html, "<link"));
        assertEquals(0, count(html, "(src|href)=['\"]?(https?:)?//"));
        assertEquals(0, count(html, "url\\((['\"])?(https?:)?//"));
        assertEquals(0, count(html, "@import"));
        List<String> ids = Pattern.compile("id=['\"]([^'\"]+)['\"]").matcher(html).results().map(m -> m.group(1)).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "element ids are unique");
    }

    @Test
    void timestampsAreInTheReadersWordsNotRawIso() {
        assertTrue(html.contains("run finished 23 November 2026, 09:01 UTC"), "header");
        assertTrue(html.contains("23 November 2026, 09:00 UTC"), "started, in the reproduce table");
        assertFalse(html.contains("2026-11-23T09:0"), "no raw ISO instant anywhere");
    }

    @Test
    void theBreakEvenRangeIsLabelledAsASpreadOfReplicationsNotAConfidenceInterval() {
        String table = html.substring(html.indexOf("<table class=\"breakeven\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertTrue(table.contains("Middle 95% of replications"), table);
        assertFalse(table.contains("CI"), table);
    }

    @Test
    void htmlReportStatesTheScenarioTablesCaptionsAndManifest() {
        assertTrue(html.contains("<h1>Synthetic spend versus invest</h1>"));
        assertTrue(html.contains("simulates a market of 1,000 consumers with one brand, acme."));
        assertTrue(html.contains("each simulated 5 times"));
        assertTrue(html.contains("invest overtakes spend in cumulative profit in week 31 (median of 5 replications;"
                + " in 95% of replications between week 29 and 33)."));
        assertTrue(html.contains("<td class=\"num\">31</td>"), "break-even table");
        assertTrue(html.contains("20261123"), "seed");
        assertTrue(html.contains("3f1a9c0e5b7d2a4c6e8f0b1d3a5c7e9f1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a"), "scenario hash");
        assertTrue(html.contains("Rapport version"));
        assertTrue(html.contains("population.size=1000"), "overrides");
        assertTrue(html.contains("[spend].budget"), "scenario parameters");
        assertTrue(html.contains("background-color: #009e73"), "invest's colour beside its name");
    }

    @Test
    void anIncompleteRunSaysHowManyReplicationsFinishedAndListsTheFailures() throws IOException {
        Path results = SyntheticResults.spendAndInvest().replications(3).incompleteOf(5)
                .failure(3, "invest", 987654321L, "java.lang.IllegalStateException: bad tie")
                .writeTo(dir.resolve("results"));
        String text = Files.readString(Reports.writeReport(results, dir.resolve("report.html"), ReportFormat.HTML));
        assertTrue(text.contains("Incomplete: 3 of 5 replications finished."), text);
        assertTrue(text.contains("replication 3, strategy invest, seed 987654321: java.lang.IllegalStateException: bad tie"),
                "the failure is listed");
        assertFalse(text.contains("stopped before its horizon"), "the old, wrong explanation is gone");
        assertTrue(text.indexOf("Incomplete: 3 of 5") < text.indexOf("Key findings"), "shown before the findings");
    }

    @Test
    void aPlanCutByItsBudgetIsAKeyFinding() throws IOException {
        // Spend's money runs out in week 10 of every replication: from then on it could spend 62% of
        // its plan's lever money, and 4 of its discount windows did not run.
        Path results = SyntheticResults.spendAndInvest()
                .metric("budget_used_up_week", (s, r, t, b) -> s.equals("spend") && t > 10 ? 10 : 0)
                .metric("plan_carried_out", (s, r, t, b) -> s.equals("spend") && t > 10 ? 0.62 : 1)
                .metric("discount_windows_missed", (s, r, t, b) -> s.equals("spend") && t > 10 ? 4 : 0)
                .writeTo(dir.resolve("results"));
        String text = Files.readString(Reports.writeReport(results, dir.resolve("report.html"), ReportFormat.HTML));
        String sentence = "spend ran out of budget in week 10 (median; 5 of 5 replications): 4 of its discount windows"
                + " did not run and 62% of its planned lever money could be spent.";
        assertTrue(text.contains(sentence), text);
        assertTrue(text.indexOf(sentence) > text.indexOf("Key findings"), "among the key findings");
        assertFalse(text.contains("invest ran out of budget"), "invest's plan ran in full");
    }

    @Test
    void plansThatRanInFullAddNoFinding() {
        assertFalse(html.contains("ran out of budget"), html);
    }

    @Test
    void aCompleteRunHasNoIncompleteWarning() {
        assertFalse(html.contains("Incomplete:"), "complete runs carry no warning");
    }

    @Test
    void escapesTextFromTheResultFiles() throws IOException {
        Path results = results();
        String scenario = Files.readString(results.resolve("scenario.json"))
                .replace("A synthetic market for testing reports.", "<script>alert('x')</script> & more");
        Files.writeString(results.resolve("scenario.json"), scenario);

        String escaped = Files.readString(Reports.writeReport(results, dir.resolve("r.html"), ReportFormat.HTML));

        assertFalse(escaped.contains("<script>alert"));
        assertTrue(escaped.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
    }

    @Test
    void pdfReportHasTheChartsAndTheHeadline() throws IOException {
        Path file = Reports.writeReport(results(), dir.resolve("report.pdf"), ReportFormat.PDF);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 5, "pages: " + pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("invest overtakes spend in cumulative profit in week 31 (median of 5 replications;"
                    + " in 95% of replications between week 29 and 33)."), text);
            assertTrue(text.contains("Appendix: assumptions and parameters"));
            assertTrue(text.contains("20261123"));
            // Every chart's title, drawn in the chart (PdfReportTest: as vector paths and text).
            for (String title : List.of("Cumulative profit over time", "Where customers came from")) {
                assertTrue(count(text, Pattern.quote(title)) >= 1, title);
            }
        }
    }

    @Test
    void reportsARunOfOneStrategyAndOneReplication() throws IOException {
        Path results = SyntheticResults.empty().strategy("solo", "invest", 1000).replications(1).ticks(9)
                .writeTo(dir.resolve("solo"));

        String solo = Files.readString(Reports.writeReport(results, dir.resolve("solo.html"), ReportFormat.HTML));

        assertTrue(solo.contains("By week 8, solo ends with members at 8 (95% CI 8)."), "no interval from one replication");
        assertTrue(solo.contains("One replication per strategy: no confidence interval"));
        assertEquals(0, count(solo, "Break-even"));
        assertEquals(0, count(solo, "Who ends ahead"));
    }

    @Test
    void strategyNamesAreWrittenAsTheScenarioWritesThemEvenAtTheStartOfASentence() throws IOException {
        Path results = SyntheticResults.empty().strategy("all_community", "invest", 1000)
                .strategy("spend", "spend", 1000)
                .metric("cumulative_profit", (s, r, t, b) -> s.equals("all_community") ? 10.0 * t - 50 : 5.0 * t)
                .writeTo(dir.resolve("names"));

        String report = Files.readString(Reports.writeReport(results, dir.resolve("names.html"), ReportFormat.HTML));

        assertTrue(report.contains("all_community overtakes spend"), "break-even sentence");
        assertTrue(report.contains("all_community ends with the highest"), "key finding");
        assertEquals(0, count(report, "All_community"), "no mechanical capital");
    }

    @Test
    void theAppendixListsOnlyTheValuesTheScenarioSetAndTheRestBehindDetails() throws IOException {
        Path results = SyntheticResults.spendAndInvest().scenarioYaml("""
                name: Synthetic spend versus invest
                brands:
                  - name: acme
                    price: 12.5
                strategies:
                  - name: spend
                    kind: spend
                    budget: 150k
                  - name: invest
                    kind: invest
                    budget: 150k
                    levers: {community: 0.6}
                """).writeTo(dir.resolve("given"));

        String report = Files.readString(Reports.writeReport(results, dir.resolve("given.html"), ReportFormat.HTML));

        String appendix = report.substring(report.indexOf("<section id=\"assumptions\">"), report.indexOf("<details"));
        assertTrue(appendix.contains("[acme].price"), "set in the file");
        assertTrue(appendix.contains("[invest].levers.community"), "set in the file");
        assertTrue(appendix.contains("<td>size</td>"), "population.size, set with --set");
        assertFalse(appendix.contains("[spend].levers.advertising"), "a default");
        assertFalse(appendix.contains("checkpoints_weeks"), "a default");
        assertTrue(appendix.contains("<td class=\"value\">€150k</td>"), "a budget as money, not 150000");
        assertTrue(appendix.contains("<td class=\"value\">€12.5</td>"), "a price as money, with its cents");
        String details = report.substring(report.indexOf("<details"), report.indexOf("</details>"));
        assertTrue(details.contains("[spend].levers.advertising") && details.contains("checkpoints_weeks"),
                "every value a click away");
    }

    @Test
    void proseInTheParameterTablesIsNeverBrokenMidWord() {
        assertFalse(html.contains("break-all"), "break-all splits words of a description anywhere");
    }

    @Test
    void aFlagshipSizedReportStaysUnder400KilobytesWithEveryWeekDrawn() throws IOException {
        // The flagship's shape: 4 strategies, 20 replications, 157 weekly points, curves that bend
        // and wobble from one week to the next as simulated ones do.
        SyntheticResults flagship = SyntheticResults.empty().strategy("spend", "spend", 1.2e6)
                .strategy("invest", "invest", 1.2e6).strategy("mixed", "mixed", 1.2e6)
                .strategy("baseline", "baseline", 0).replications(20).ticks(157);
        for (String metric : List.of("cumulative_profit", "members", "advocates", "trust", "nps", "revenue")) {
            flagship.metric(metric, (s, r, t, b) -> 1000 * (1 - Math.exp(-t / (20.0 + s.length())))
                    + 7 * Math.sin(t * 1.7 + r) + 3 * Math.cos(t * 0.9 * s.length()));
        }
        Path results = flagship.writeTo(dir.resolve("flagship"));

        long bytes = Files.size(Reports.writeReport(results, dir.resolve("flagship.html"), ReportFormat.HTML));

        assertTrue(bytes < 400_000, bytes + " bytes");
    }

    @Test
    void pdfFontsAreEmbedded() throws IOException {
        assertTrue(dev.rapport.report.html.PdfReport.fontsBundled(),
                "the build bundles DejaVu from Debian's fonts-dejavu-core (reports/pom.xml, profile debian-fonts)");
        Path file = Reports.writeReport(results(), dir.resolve("fonts.pdf"), ReportFormat.PDF);

        List<String> fonts = new java.util.ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
                for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts.add(font.getName());
                }
            }
        }
        assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), fonts.toString());
        assertTrue(fonts.stream().noneMatch(f -> f.contains("Helvetica") || f.contains("Courier")), fonts.toString());
    }

    @Test
    void defaultReportFileIsInTheResultsFolder() {
        assertEquals(dir.resolve("report.pdf"), Reports.defaultReportFile(dir, ReportFormat.PDF));
    }

    @Test
    void writeReportWithoutAFileWritesIntoTheResultsFolder() {
        Path results = results();

        Path file = Reports.writeReport(results, ReportFormat.HTML);

        assertEquals(results.resolve("report.html"), file);
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void writesEveryChartAsPngAndSvgIntoTheResultsFolder() {
        Path results = results();

        List<Path> files = Reports.writeCharts(results);

        assertEquals(22, files.size());
        assertTrue(files.contains(results.resolve("charts/breakeven-invest-vs-spend.png")));
        assertTrue(files.contains(results.resolve("charts/funnel.svg")));
        files.forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
    }

    @Test
    void aFolderWithoutResultsTellsThePersonWhatToDo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        ReportException e = assertThrows(ReportException.class,
                () -> Reports.writeReport(empty, dir.resolve("r.html"), ReportFormat.HTML));

        assertEquals(ReportException.Code.MISSING_FILE, e.code());
        assertEquals(empty + " is neither the folder of a run (it has no series.csv) nor of an experiment (none of"
                + " sensitivity.csv, sensitivity.json, discovery.csv, discovery.json, calibration.csv, calibration.json,"
                + " response.csv, optimize.json, points.csv, sweep.json); give the folder `rapport run` or an experiment"
                + " wrote", e.getMessage());
        assertFalse(Files.exists(dir.resolve("r.html")));
    }

    @Test
    void aReportThatCannotBeWrittenIsAWriteFailure() throws IOException {
        Path results = results();
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");

        ReportException e = assertThrows(ReportException.class,
                () -> Reports.writeReport(results, blocker.resolve("report.html"), ReportFormat.HTML));

        assertEquals(ReportException.Code.WRITE_FAILED, e.code());
    }

    @Test
    void formatsAreReadAsPeopleTypeThem() {
        assertEquals(ReportFormat.PDF, ReportFormat.fromName(" PDF "));
        assertEquals(ReportFormat.HTML, ReportFormat.fromName("html"));
        assertEquals(ReportFormat.XLSX, ReportFormat.fromName("XLSX"));
        assertEquals(ReportFormat.PPTX, ReportFormat.fromName("pptx"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.fromName("docx"));
        assertEquals("unknown report format 'docx'; use one of html, pdf, xlsx, pptx", e.getMessage());
    }
}
