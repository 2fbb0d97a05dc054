package dev.rapport.report.pptx;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The numbers a chart draws, as lines of text for a slide's speaker notes: for each line of an
 * over-time chart its first and last point (with the interval at the last when the chart draws a
 * band), for each box its median, quartiles and mean, for each bar its value. Read from the chart's
 * own datasets, so the notes state what the picture shows; values are written with the axis's own
 * number format.
 */
final class ChartNumbers {

    private ChartNumbers() {
    }

    /** @return one line per series, box or bar */
    static List<String> of(JFreeChart chart) {
        List<String> lines = new ArrayList<>();
        plot(chart.getPlot(), lines);
        return lines;
    }

    private static void plot(Plot plot, List<String> lines) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.getSubplots().forEach(p -> plot(p, lines));
        } else if (plot instanceof CombinedRangeXYPlot combined) {
            combined.getSubplots().forEach(p -> plot(p, lines));
        } else if (plot instanceof CombinedDomainCategoryPlot combined) {
            for (Object subplot : combined.getSubplots()) {
                plot((Plot) subplot, lines);
            }
        } else if (plot instanceof XYPlot xy) {
            for (int d = 0; d < xy.getDatasetCount(); d++) {
                if (xy.getDataset(d) != null) {
                    ValueAxis domain = xy.getDomainAxisForDataset(d);
                    String at = domain == null || domain.getLabel() == null ? ""
                            : domain.getLabel().toLowerCase(Locale.ENGLISH) + " ";
                    xy(xy.getDataset(d), label(xy.getRangeAxisForDataset(d)), format(xy.getRangeAxisForDataset(d)),
                            format(domain), at, lines);
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int d = 0; d < category.getDatasetCount(); d++) {
                if (category.getDataset(d) != null) {
                    category(category.getDataset(d), label(category.getRangeAxisForDataset(d)),
                            format(category.getRangeAxisForDataset(d)), lines);
                }
            }
        }
    }

    private static void xy(XYDataset data, String axis, NumberFormat value, NumberFormat x, String at,
                           List<String> lines) {
        for (int s = 0; s < data.getSeriesCount(); s++) {
            int n = data.getItemCount(s);
            if (n == 0) {
                continue;
            }
            int last = n - 1;
            StringBuilder line = new StringBuilder(axis).append(data.getSeriesKey(s)).append(": ");
            if (n > 1) {
                line.append(value.format(data.getYValue(s, 0))).append(" at ").append(at).append(x.format(data.getXValue(s, 0)))
                        .append(", ");
            }
            line.append(value.format(data.getYValue(s, last))).append(" at ").append(at).append(x.format(data.getXValue(s, last)));
            if (data instanceof IntervalXYDataset band && band.getStartYValue(s, last) != band.getEndYValue(s, last)) {
                line.append(" (interval ").append(value.format(band.getStartYValue(s, last))).append(" to ")
                        .append(value.format(band.getEndYValue(s, last))).append(')');
            }
            lines.add(line.toString());
        }
    }

    private static void category(CategoryDataset data, String axis, NumberFormat value, List<String> lines) {
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                String name = axis + data.getRowKey(r) + (data.getColumnCount() > 1 ? ", " + data.getColumnKey(c) : "");
                if (data instanceof BoxAndWhiskerCategoryDataset box) {
                    if (box.getMedianValue(r, c) != null) {
                        lines.add(name + ": median " + value.format(box.getMedianValue(r, c)) + ", middle half "
                                + value.format(box.getQ1Value(r, c)) + " to " + value.format(box.getQ3Value(r, c))
                                + ", mean " + value.format(box.getMeanValue(r, c)));
                    }
                } else if (data.getValue(r, c) != null) {
                    lines.add(name + ": " + value.format(data.getValue(r, c)));
                }
            }
        }
    }

    /** "Members (consumers), " for a panel of several, so each line says which panel it reads. */
    private static String label(ValueAxis axis) {
        return axis == null || axis.getLabel() == null || axis.getLabel().isBlank() ? "" : axis.getLabel() + ", ";
    }

    private static NumberFormat format(ValueAxis axis) {
        if (axis instanceof NumberAxis number && number.getNumberFormatOverride() != null) {
            return (NumberFormat) number.getNumberFormatOverride().clone();
        }
        NumberFormat plain = NumberFormat.getNumberInstance(Locale.ENGLISH);
        plain.setMaximumFractionDigits(2);
        return plain;
    }
}
