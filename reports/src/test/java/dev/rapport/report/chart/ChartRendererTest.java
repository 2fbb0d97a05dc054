package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.ReportException;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartRendererTest {

    @TempDir
    Path dir;

    private Chart chart() {
        SyntheticResults.spendAndInvest().ticks(11).writeTo(dir.resolve("results"));
        return KeyMetricCharts.build(Fixtures.context(dir.resolve("results")), "members");
    }

    @Test
    void pngIsTwiceTheLayoutSize() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(new ChartRenderer().png(chart().chart())));

        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
    }

    @Test
    void svgScalesAndPrefixesItsInternalIds() {
        String svg = new ChartRenderer().svg(chart().chart(), "metric-members");

        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("viewBox='0 0 960 540'"), svg.substring(0, 200));
        assertTrue(svg.contains("<clipPath id='metric-members-clip-0'>"), "clip paths carry the chart's prefix");
        assertTrue(svg.contains("url(#metric-members-clip-0)"));
        assertTrue(svg.contains(">Members over time<"));
        String axisTitle = chart().chart().getXYPlot().getRangeAxis().getLabel();
        assertTrue(svg.contains(">" + axisTitle + "<"), "the rotated axis title is text, not glyph outlines");
    }

    @Test
    void writesAPngAndAnSvgPerChart() throws IOException {
        List<Path> files = new ChartRenderer().writeAll(List.of(chart()), dir.resolve("charts"));

        assertEquals(List.of(dir.resolve("charts/metric-members.png"), dir.resolve("charts/metric-members.svg")), files);
        assertTrue(Files.readString(files.get(1)).startsWith("<?xml"));
        assertTrue(Files.size(files.get(0)) > 10_000);
    }

    @Test
    void anUnwritableFolderIsAWriteFailure() throws IOException {
        Chart chart = chart();
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");

        ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
                () -> new ChartRenderer().writeAll(List.of(chart), blocker.resolve("charts")));

        assertEquals(ReportException.Code.WRITE_FAILED, e.code());
    }
}
