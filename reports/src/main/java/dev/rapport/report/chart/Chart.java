package dev.rapport.report.chart;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One chart of a report, ready to render.
 *
 * @param id      a file-name-safe identifier, unique within a report, e.g. {@code metric-members}
 * @param title   what the chart shows, as in its own title
 * @param caption one sentence stating what the data say, computed from the numbers drawn
 * @param chart   the JFreeChart, whose datasets tests inspect
 */
public record Chart(String id, String title, String caption, JFreeChart chart) {

    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(chart, "chart");
    }
}
