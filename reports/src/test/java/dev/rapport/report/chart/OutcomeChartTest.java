package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.annotations.CategoryTextAnnotation;
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
        new ChartRenderer().svg(chart.chart(), "drawn"); // JFreeChart picks its ticks when drawing

        List<?> subplots = ((CombinedDomainCategoryPlot) chart.chart().getPlot()).getSubplots();
        CategoryPlot profit = (CategoryPlot) subplots.get(0);
        List<String> labels = ((List<?>) profit.getAnnotations()).stream().map(CategoryTextAnnotation.class::cast)
                .map(a -> a.getCategory() + ":" + a.getText().strip()).toList();
        assertEquals(List.of("spend:5,200", "invest:6,300"), labels);
        for (Object subplot : subplots) {
            NumberAxis axis = (NumberAxis) ((CategoryPlot) subplot).getRangeAxis();
            double ticks = axis.getRange().getLength() / axis.getTickUnit().getSize();
            assertTrue(ticks >= 2.5 && ticks <= 7, axis.getLabel() + ": " + ticks + " ticks");
        }
    }

    @Test
    void captionNamesTheHighestAndLowestMedianOfTheObjective() {
        SyntheticResults.spendAndInvest().writeTo(dir);

        String caption = OutcomeChart.build(Fixtures.context(dir)).caption();

        assertEquals("At week 52, the median cumulative profit is highest under invest (6,300; middle half"
                + " 6,250–6,350) and lowest under spend (5,200; middle half 5,200).", caption);
    }
}
