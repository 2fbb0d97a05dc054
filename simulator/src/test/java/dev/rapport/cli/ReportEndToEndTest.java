package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.testing.ChromiumProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From a scenario to a report in a browser: runs a small version of the flagship with
 * {@code --report}, rebuilds the report with {@code rapport report}, and opens it in headless
 * Chromium: every chart renders with a non-zero size, the page logs no error and loads nothing from
 * the network, and a screenshot is written (target/chromium/run-report.png).
 */
class ReportEndToEndTest {
    private static final Path SCREENSHOT = Path.of("target", "chromium", "run-report.png");

    @Test
    void aRunsReportRendersInTheBrowser(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("results");
        Cli run = Cli.run("run", "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q", "--report",
                "--replications", "4", "--set", "population.size=600", "--set", "time.horizon_weeks=30");
        assertEquals(0, run.exitCode(), run.err());
        Path report = out.resolve("report.html");
        assertTrue(Files.size(report) > 10_000);

        Files.delete(report);
        Cli rebuild = Cli.run("report", out.toString());
        assertEquals(0, rebuild.exitCode(), rebuild.err());
        assertTrue(Files.isRegularFile(report), "rapport report rebuilds report.html from the saved results");

        ChromiumProbe.requireChromium();
        ChromiumProbe chromium = new ChromiumProbe(tmp);
        ChromiumProbe.Rendered rendered = chromium.render(report);
        assertTrue(rendered.figures().size() >= 10, rendered.probe().toString());
        for (JsonNode figure : rendered.figures()) {
            assertTrue(figure.path("width").asDouble() > 0 && figure.path("height").asDouble() > 0,
                    figure.path("id").asText() + " has no size");
        }
        assertEquals(0, rendered.errors().size(), "page errors: " + rendered.errors());
        assertEquals(0, rendered.resources().size(), "network resources: " + rendered.resources());
        assertEquals(List.of(), rendered.consoleLines());
        String log = chromium.screenshot(report, SCREENSHOT, 1280, 2000);
        assertTrue(Files.size(SCREENSHOT) > 10_000, "screenshot written: " + log);
    }

    @Test
    void reportOfAFolderWithoutResultsIsAUserError(@TempDir Path tmp) {
        Cli cli = Cli.run("report", tmp.resolve("nothing-here").toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("rapport run"), cli.err());
    }

    @Test
    void aFolderThatIsNeitherARunsNorAnExperimentsIsAUserError(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "not results");
        Cli cli = Cli.run("report", tmp.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("is neither the folder of a run (it has no series.csv) nor of an experiment"),
                cli.err());
        assertTrue(!Files.exists(tmp.resolve("report.html")));
    }

    @Test
    void aDiscoverysFolderGetsItsOwnReportWithTheBoxSentenceAndTheChart(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("discover");
        Cli discover = Cli.run("discover", "../scenarios/spend-vs-invest.yaml", "--set", "population.size=1000",
                "--set", "time.horizon_weeks=16", "--replications", "1", "--threads", "2", "-q", "--a", "invest",
                "--b", "spend", "--points", "12", "--vary", "market.potential=0.3:0.7",
                "--vary", "mechanisms.word_of_mouth.trial_rate=0.005:0.03", "--out", out.toString());
        assertEquals(0, discover.exitCode(), discover.err());

        Cli report = Cli.run("report", out.toString());

        assertEquals(0, report.exitCode(), report.err());
        String html = Files.readString(out.resolve("report.html"));
        String finding = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("discovery.json").toFile()).path("finding").asText();
        assertTrue(!finding.isEmpty() && html.contains(finding.replace(">", "&gt;").replace("<", "&lt;")), finding);
        assertEquals(1, html.split("<svg", -1).length - 1, "the peeling chart, inline");
        assertTrue(html.contains("<figure id=\"discovery-peeling\""), "in its figure");
        assertEquals(2, Cli.run("report", out.toString(), "--format", "pdf", "--out", tmp.resolve("r.pdf").toString())
                .exitCode(), "an experiment's report is HTML only");
        byte[] table = Files.readAllBytes(out.resolve("discovery.csv"));
        Cli over = Cli.run("report", out.toString(), "--out", out.resolve("discovery.csv").toString(), "--force");
        assertEquals(2, over.exitCode(), "never over an experiment's table, not even with --force");
        assertTrue(java.util.Arrays.equals(table, Files.readAllBytes(out.resolve("discovery.csv"))));
    }

    @Test
    void unknownReportFormatIsAUserError(@TempDir Path tmp) {
        Cli cli = Cli.run("report", tmp.toString(), "--format", "docx");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("html, pdf"), cli.err());
    }
}
