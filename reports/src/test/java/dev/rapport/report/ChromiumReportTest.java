package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.testing.ChromiumProbe;
import dev.rapport.report.testing.SyntheticResults;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report of a synthetic two-brand result in headless Chromium and checks that every
 * chart renders at a real size, that the page logs nothing to the console and loads no resource,
 * and that a screenshot can be taken (kept in {@code target/chromium/} for people to look at).
 */
class ChromiumReportTest {
    private static final Path SCREENSHOT = Path.of("target", "chromium", "report.png");

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path report;

    @BeforeAll
    static void writeReport() {
        Path results = SyntheticResults.spendAndInvest().brands("acme", "bolt").writeTo(shared.resolve("results"));
        report = Reports.writeReport(results, shared.resolve("report.html"), ReportFormat.HTML);
    }

    @BeforeEach
    void requireChromium() {
        ChromiumProbe.requireChromium();
    }

    @Test
    void everyChartRendersAndThePageLogsNoErrorAndLoadsNothing() throws Exception {
        ChromiumProbe.Rendered result = new ChromiumProbe(dir).render(report);
        assertEquals(12, result.figures().size(), result.probe().toString());
        for (JsonNode figure : result.figures()) {
            String id = figure.path("id").asText();
            assertTrue(figure.path("width").asDouble() > 300, id + " width " + figure.path("width"));
            assertTrue(figure.path("height").asDouble() > 150, id + " height " + figure.path("height"));
            assertEquals(figure.path("width").asDouble() * 540 / 960, figure.path("height").asDouble(), 1.0, id);
            assertTrue(figure.path("texts").asInt() > 5, id + " has no text");
            assertTrue(figure.path("caption").asText().endsWith("."), id);
        }
        assertEquals(0, result.errors().size(), "page errors: " + result.errors());
        assertEquals(0, result.resources().size(), "resources loaded: " + result.resources());
        assertEquals(List.of(), result.consoleLines());
    }

    @Test
    void aScreenshotOfTheReportCanBeTaken() throws Exception {
        String log = new ChromiumProbe(dir).screenshot(report, SCREENSHOT, 1280, 2400);
        assertTrue(Files.isRegularFile(SCREENSHOT), "no screenshot; Chromium said: " + log);
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(2400, image.getHeight());
        assertTrue(distinctColours(image) > 20, "the screenshot is blank");
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
