package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeChartTest {

    @TempDir
    Path dir;

    @Test
    void boxesTheHorizonValuesOfEveryStrategyForEachOutcome() {
        SyntheticResults.spendAndInvest().writeTo(dir);

        Chart chart = OutcomeChart.build(Fixtures.context(dir));

        List<?> subplots = ((CombinedDomainCategoryPlot) chart.chart().getPlot()).getSubplots();
        List<CategoryPlot> panels = subplots.stream().map(CategoryPlot.class::cast).toList();
        assertEquals(List.of("Cumulative profit", "Members", "NPS", "Profit per unit spent"),
                panels.stream().map(p -> (String) p.getDataset().getRowKey(0)).toList());
        BoxAndWhiskerCategoryDataset profit = (BoxAndWhiskerCategoryDataset) panels.get(0).getDataset();
        assertEquals(List.of("spend", "invest"), profit.getColumnKeys());
        // invest at week 52: 6300 − 50·δ, δ = −2..2, so 6200..6400.
        assertEquals(6300, profit.getMedianValue(0, 1).doubleValue(), 1e-9);
        assertEquals(6300, profit.getMeanValue(0, 1).doubleValue(), 1e-9);
        assertEquals(6200, profit.getMinRegularValue(0, 1).doubleValue(), 1e-9);
        assertEquals(6400, profit.getMaxRegularValue(0, 1).doubleValue(), 1e-9);
        assertEquals(5200, profit.getMedianValue(0, 0).doubleValue(), 1e-9);
    }

    @Test
    void everyBoxShowsItsMedianAndEveryPanelAFewRoundTicks() {
        SyntheticResults.spendAndInvest().writeTo(dir);

        Chart chart = OutcomeChart.build(Fixtures.context(dir));
        String svg = new ChartRenderer().svg(chart.chart(), "drawn"); // JFreeChart picks its ticks when drawing

        // Money with its symbol, written under each box of the objective's panel.
        assertTrue(svg.contains(">€5,200</text>") && svg.contains(">€6,300</text>"), "each median, as money");
        List<?> subplots = ((CombinedDomainCategoryPlot) chart.chart().getPlot()).getSubplots();
        for (Object subplot : subplots) {
            NumberAxis axis = (NumberAxis) ((CategoryPlot) subplot).getRangeAxis();
            double ticks = axis.getRange().getLength() / axis.getTickUnit().getSize();
            assertTrue(ticks >= 2.5 && ticks <= 7, axis.getLabel() + ": " + ticks + " ticks");
        }
    }

    @Test
    void noMedianLabelRunsOutOfItsPanel() {
        // invest's box is the right-most of its panel: its label once ran past the panel's edge and was cut.
        SyntheticResults.spendAndInvest().writeTo(dir);

        String svg = new ChartRenderer().svg(OutcomeChart.build(Fixtures.context(dir)).chart(), "drawn");

        Map<String, Rectangle2D> clips = new HashMap<>();
        // Each panel's plot area is a clip path drawn from its top left corner down: M x,y l0,h w,0.
        Matcher clip = Pattern.compile("<clipPath id='([^']+)'><path d='M([\\d.]+),([\\d.]+)l0,([\\d.]+) ([\\d.]+),0")
                .matcher(svg);
        while (clip.find()) {
            clips.put(clip.group(1), new Rectangle2D.Double(Double.parseDouble(clip.group(2)),
                    Double.parseDouble(clip.group(3)), Double.parseDouble(clip.group(5)),
                    Double.parseDouble(clip.group(4))));
        }
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(ChartStyle.SMALL_TICK_LABEL);
        Matcher label = Pattern.compile("<text x='([\\d.]+)' y='([\\d.]+)'[^>]*clip-path='url\\(#([^)]+)\\)'>"
                + "(€?[\\d,.]+[kM]?)</text>").matcher(svg);
        int labels = 0;
        while (label.find()) {
            Rectangle2D panel = clips.get(label.group(3));
            if (panel == null) {
                continue; // a tick label, clipped by the whole chart only
            }
            double x = Double.parseDouble(label.group(1));
            double y = Double.parseDouble(label.group(2));
            double width = metrics.stringWidth(label.group(4));
            assertTrue(panel.getMinX() <= x + 0.5 && x + width <= panel.getMaxX() + 0.5
                    && panel.getMinY() <= y && y <= panel.getMaxY(),
                    label.group(4) + " at " + x + "," + y + " (width " + width + ") outside its panel " + panel);
            labels++;
        }
        assertEquals(2 * 4, labels, "a median under each of 2 strategies' boxes in 4 panels");
    }

    @Test
    void captionNamesTheHighestAndLowestMedianOfTheObjective() {
        SyntheticResults.spendAndInvest().writeTo(dir);

        String caption = OutcomeChart.build(Fixtures.context(dir)).caption();

        assertEquals("At week 52, the median cumulative profit is highest under invest (€6,300; middle half"
                + " €6,250–€6,350) and lowest under spend (€5,200; middle half €5,200).", caption);
    }
}
