package dev.rapport.report.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.ReportFormat;
import dev.rapport.report.Reports;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.ChartContext;
import dev.rapport.report.chart.ReportCharts;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.stats.BreakEvenAnalysis;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deck of the synthetic run: cumulative profit at week 52 is 5,200 for spend and 6,300 for invest. */
class DeckReportTest {

    @TempDir
    static Path dir;

    private static Path results;
    private static Path file;
    private static List<Chart> charts;

    @BeforeAll
    static void write() {
        results = SyntheticResults.spendAndInvest().writeTo(dir.resolve("results"));
        file = Reports.writeReport(results, ReportFormat.PPTX);
        ChartContext context = Fixtures.context(results);
        charts = ReportCharts.build(context, BreakEvenAnalysis.analyse(context.results(), MetricCatalog.CUMULATIVE_PROFIT));
    }

    private static XMLSlideShow open() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XMLSlideShow(in);
        }
    }

    private static String notes(XMLSlideShow deck, XSLFSlide slide) {
        XSLFNotes notes = deck.getNotesSlide(slide);
        List<String> texts = new ArrayList<>();
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                texts.add(shape.getText());
            }
        }
        return String.join("\n", texts);
    }

    @Test
    void theDeckIsWidescreenWithTheNamedSlidesInOrder() throws IOException {
        try (XMLSlideShow deck = open()) {
            Dimension size = deck.getPageSize();
            assertEquals(16.0 / 9, size.getWidth() / size.getHeight(), 1e-9);
            List<String> titles = new ArrayList<>(deck.getSlides().stream().map(XSLFSlide::getTitle).toList());
            // The title slide's title is a centred title, which getTitle() does not read.
            titles.set(0, deck.getSlides().get(0).getPlaceholder(0).getText());
            List<String> expected = new ArrayList<>(List.of("Synthetic spend versus invest", DeckReport.FINDINGS,
                    DeckReport.RESULTS + "52"));
            charts.forEach(c -> expected.add(c.title()));
            expected.add(DeckReport.ASSUMPTIONS);
            assertEquals(expected, titles);
            String subtitle = deck.getSlides().get(0).getPlaceholders()[1].getText();
            assertTrue(subtitle.contains("Simulation report"), subtitle);
            assertTrue(subtitle.contains("2 strategies, 5 replications each"), subtitle);
            assertTrue(subtitle.contains("23 November 2026") && !subtitle.contains("T09:01"), "the day the run finished, once: " + subtitle);
        }
    }

    @Test
    void theFindingsSlideStatesTheReportsSentences() throws IOException {
        try (XMLSlideShow deck = open()) {
            String text = texts(deck.getSlides().get(1));
            assertTrue(text.contains("invest ends with the highest cumulative profit at week 52"), text);
            assertTrue(text.contains("invest overtakes spend in cumulative profit in week 31"), text);
        }
    }

    @Test
    void theHeadlineIsANativeTableWithTheMeansAndTheNotesStateThem() throws IOException {
        try (XMLSlideShow deck = open()) {
            XSLFSlide slide = deck.getSlides().get(2);
            XSLFTable table = slide.getShapes().stream().filter(XSLFTable.class::isInstance)
                    .map(XSLFTable.class::cast).findFirst().orElseThrow();
            assertEquals(3, table.getNumberOfColumns(), "metric, spend, invest");
            assertEquals("spend", table.getCell(0, 1).getText());
            assertEquals("Cumulative profit\n€", table.getCell(1, 0).getText(), "the objective first, its unit under it");
            assertTrue(table.getCell(1, 1).getText().startsWith("€5,200"), table.getCell(1, 1).getText());
            assertTrue(table.getCell(1, 2).getText().startsWith("€6,300"), table.getCell(1, 2).getText());
            String notes = notes(deck, slide);
            assertTrue(notes.contains("Cumulative profit, invest: €6,300"), notes);
        }
    }

    @Test
    void everyChartSlideHasItsCaptionA2xPngAndItsNumbersInTheNotes() throws IOException {
        try (XMLSlideShow deck = open()) {
            for (int i = 0; i < charts.size(); i++) {
                Chart chart = charts.get(i);
                XSLFSlide slide = deck.getSlides().get(3 + i);
                assertTrue(texts(slide).contains(chart.caption()), chart.id());
                List<XSLFPictureShape> pictures = slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                        .map(XSLFPictureShape.class::cast).toList();
                assertEquals(1, pictures.size(), chart.id());
                byte[] png = pictures.get(0).getPictureData().getData();
                assertTrue(png.length > 10_000, chart.id() + " is " + png.length + " bytes");
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(1920, image.getWidth(), chart.id());
                assertEquals(1080, image.getHeight(), chart.id());
                String notes = notes(deck, slide);
                assertTrue(notes.startsWith(chart.caption()), chart.id());
                assertTrue(notes.lines().count() > 1 && notes.lines().skip(1).allMatch(l -> l.matches(".*\\d.*")),
                        chart.id() + ": " + notes);
            }
        }
    }

    @Test
    void theBreakEvenChartsNotesStateTheCumulativeProfitsAtTheHorizon() throws IOException {
        try (XMLSlideShow deck = open()) {
            int index = 0;
            while (!charts.get(index).id().contains("breakeven")) {
                index++;
            }
            String notes = notes(deck, deck.getSlides().get(3 + index));
            assertTrue(notes.contains("invest: -€1.5k at week 0, €6.3k at week 52"), notes);
        }
    }

    @Test
    void aDeckRapportWroteIsKnownAgainAndAnyOtherIsNot(@TempDir Path tmp) throws IOException {
        assertTrue(Reports.isReport(file, ReportFormat.PPTX));
        Path foreign = tmp.resolve("pitch.pptx");
        try (XMLSlideShow deck = new XMLSlideShow(); OutputStream out = Files.newOutputStream(foreign)) {
            deck.createSlide();
            deck.write(out);
        }
        assertFalse(Reports.isReport(foreign, ReportFormat.PPTX));
        assertFalse(Reports.isReport(Files.writeString(tmp.resolve("x.pptx"), "text"), ReportFormat.PPTX));
    }

    private static String texts(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
                .map(XSLFTextShape::getText).collect(Collectors.joining("\n"));
    }
}
