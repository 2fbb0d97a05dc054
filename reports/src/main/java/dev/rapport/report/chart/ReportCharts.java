package dev.rapport.report.chart;

import dev.rapport.report.stats.BreakEven;
import java.util.ArrayList;
import java.util.List;

/**
 * Every chart of a report, in reading order: break-even of cumulative profit first (the headline),
 * then the key metrics over time, the funnel, where customers came from, outcomes at the horizon
 * and market share. Charts whose metrics the results lack are left out.
 */
public final class ReportCharts {

    private ReportCharts() {
    }

    /**
     * @param context    the results with their palette and metric names
     * @param breakEvens the break-even analysis the report's table also states
     * @return the charts, each with a caption and a unique id
     */
    public static List<Chart> build(ChartContext context, List<BreakEven> breakEvens) {
        List<Chart> charts = new ArrayList<>(BreakEvenCharts.build(context, breakEvens));
        charts.addAll(KeyMetricCharts.build(context));
        FunnelChart.build(context).ifPresent(charts::add);
        AcquisitionChart.build(context).ifPresent(charts::add);
        charts.add(OutcomeChart.build(context));
        MarketShareChart.build(context).ifPresent(charts::add);
        return List.copyOf(charts);
    }
}
