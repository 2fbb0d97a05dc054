package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.report.testing.ChromiumProbe;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    void aRunsWorkbookStatesItsSummaryCsvAndItsDeckHasASlidePerChart(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("results");
        Cli run = Cli.run("run", "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q",
                "--replications", "3", "--set", "population.size=600", "--set", "time.horizon_weeks=20");
        assertEquals(0, run.exitCode(), run.err());

        Cli xlsx = Cli.run("report", out.toString(), "--format", "xlsx");
        assertEquals(0, xlsx.exitCode(), xlsx.err());
        assertEquals("", xlsx.err(), "POI's logging stays quiet");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        double horizon = manifest.path("horizon_weeks").asDouble();
        Map<String, String> brands = new HashMap<>();
        manifest.path("strategies").forEach(st -> brands.put(st.path("name").asText(),
                st.path("brand").asText(manifest.path("focal_brand").asText())));
        Map<String, double[]> summary = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("summary.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (Double.parseDouble(f[3]) == horizon && f[1].equals(brands.get(f[0])) && !f[7].isEmpty()) {
                summary.put(f[0] + "/" + f[2], new double[]{Double.parseDouble(f[5]), Double.parseDouble(f[7]),
                        Double.parseDouble(f[8])});
            }
        }
        int compared = 0;
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet headline = workbook.getSheet("Headline");
            Row header = headline.getRow(0);
            for (int r = 1; r <= headline.getLastRowNum(); r++) {
                Row row = headline.getRow(r);
                for (int c = 3; c < header.getLastCellNum(); c += 3) {
                    String strategy = header.getCell(c).getStringCellValue().replaceFirst(" mean$", "");
                    double[] want = summary.get(strategy + "/" + row.getCell(2).getStringCellValue());
                    assertTrue(want != null, strategy + "/" + row.getCell(2).getStringCellValue() + " in summary.csv");
                    for (int k = 0; k < 3; k++) {
                        double cell = row.getCell(c + k).getNumericCellValue();
                        assertEquals(want[k], cell, 1e-6 * Math.max(1, Math.abs(want[k])),
                                strategy + " " + row.getCell(2).getStringCellValue() + " column " + k);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared >= 3 * 3 * 6, compared + " numbers compared");

        Cli pptx = Cli.run("report", out.toString(), "--format", "pptx");
        assertEquals(0, pptx.exitCode(), pptx.err());
        assertEquals("", pptx.err());
        try (InputStream in = Files.newInputStream(out.resolve("report.pptx"));
             XMLSlideShow deck = new XMLSlideShow(in)) {
            assertTrue(deck.getSlides().size() >= 10 + 4, deck.getSlides().size() + " slides");
        }
        assertEquals(0, Cli.run("report", out.toString(), "--format", "pptx").exitCode(), "over its own deck");

        Path foreign = tmp.resolve("budget.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
             OutputStream os = Files.newOutputStream(foreign)) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue(42);
            workbook.write(os);
        }
        byte[] before = Files.readAllBytes(foreign);
        Cli over = Cli.run("report", out.toString(), "--format", "xlsx", "--out", foreign.toString());
        assertEquals(2, over.exitCode(), "never over a workbook Rapport did not write");
        assertTrue(over.err().contains("not a report Rapport wrote (as xlsx)"), over.err());
        assertTrue(Arrays.equals(before, Files.readAllBytes(foreign)));
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
        assertEquals(2, html.split("<svg", -1).length - 1, "the peeling chart and the box among the futures, inline");
        assertTrue(html.contains("<figure id=\"discovery-peeling\"") && html.contains("<figure id=\"discovery-box\""),
                "each in its figure");
        assertTrue(Files.isRegularFile(out.resolve("charts/discovery-box.svg")), "the command drew the box chart too");
        assertEquals(2, Cli.run("report", out.toString(), "--format", "pdf", "--out", tmp.resolve("r.pdf").toString())
                .exitCode(), "an experiment's report is HTML only");
        byte[] table = Files.readAllBytes(out.resolve("discovery.csv"));
        Cli over = Cli.run("report", out.toString(), "--out", out.resolve("discovery.csv").toString(), "--force");
        assertEquals(2, over.exitCode(), "never over an experiment's table, not even with --force");
        assertTrue(Arrays.equals(table, Files.readAllBytes(out.resolve("discovery.csv"))));
    }

    @Test
    void unknownReportFormatIsAUserError(@TempDir Path tmp) {
        Cli cli = Cli.run("report", tmp.toString(), "--format", "docx");
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("html, pdf"), cli.err());
    }
}
