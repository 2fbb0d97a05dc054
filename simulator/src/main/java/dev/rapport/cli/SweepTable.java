package dev.rapport.cli;

import dev.rapport.experiment.Statistics;
import dev.rapport.experiment.points.Setting;
import dev.rapport.experiment.points.SweepOutcome;
import dev.rapport.experiment.points.SweepPlan;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code rapport sweep} prints: what was swept, then per point (the first
 * {@value #SHOWN} of them) each strategy's mean objective with its interval, and at how many points
 * each strategy has the best mean. Every point and metric is in {@code points.csv}.
 */
final class SweepTable {
    static final int SHOWN = 20;

    private final SweepOutcome outcome;

    SweepTable(SweepOutcome outcome) {
        this.outcome = outcome;
    }

    void print(PrintWriter out) {
        SweepPlan plan = outcome.plan();
        List<String> strategies = plan.strategies();
        var scenario = plan.scenario().scenario();
        String objective = scenario.outputs().objective();
        out.printf(Locale.ROOT, "Sweep of %s: %s of %d point%s over %s; %d strategies x %d replications at each: %d runs%n",
                scenario.name(), plan.design(), plan.points().size(),
                plan.points().size() == 1 ? "" : "s",
                String.join(", ", plan.parameters().stream().map(SweepPlan.Parameter::path).toList()), strategies.size(),
                plan.replications(), outcome.runs());
        out.printf(Locale.ROOT, "%s of %s at week %s, mean [%s%% interval]:%n", objective, scenario.focalBrand().name(),
                ComparisonTable.fmt(scenario.ticks() * scenario.time().tick().weeks()),
                ComparisonTable.fmt(100 * scenario.outputs().confidence()));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("point");
        plan.parameters().forEach(p -> header.add(p.path()));
        header.addAll(strategies);
        rows.add(header);
        for (SweepOutcome.PointObjective p : outcome.shown()) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(p.point().index()));
            p.point().settings().forEach(s -> row.add(value(s)));
            for (Statistics.Estimate e : p.byStrategy()) {
                row.add(cell(e));
            }
            rows.add(row);
        }
        print(out, rows);
        if (plan.points().size() > outcome.shown().size()) {
            out.println("... and " + (plan.points().size() - outcome.shown().size()) + " more points in points.csv");
        }
        List<String> wins = new ArrayList<>();
        int[] w = outcome.wins();
        for (int s = 0; s < strategies.size(); s++) {
            if (w[s] > 0) {
                wins.add(strategies.get(s) + " at " + w[s]);
            }
        }
        out.println("Best mean " + objective + ": " + (wins.isEmpty() ? "no finished point" : String.join(", ", wins))
                + " of " + plan.points().size() + " point" + (plan.points().size() == 1 ? "" : "s"));
    }

    /** A parameter's value to four significant digits: enough to tell the points apart. */
    private static String value(Setting s) {
        return new BigDecimal(s.value()).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String cell(Statistics.Estimate e) {
        if (e.mean() == null) {
            return "-";
        }
        if (e.ciLow() == null) {
            return ComparisonTable.fmt(e.mean());
        }
        return ComparisonTable.fmt(e.mean()) + " [" + ComparisonTable.fmt(e.ciLow()) + ", " + ComparisonTable.fmt(e.ciHigh()) + "]";
    }

    private static void print(PrintWriter out, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                line.append(c == 0 ? String.format(Locale.ROOT, "%-" + width[c] + "s", cell)
                        : String.format(Locale.ROOT, "  %" + width[c] + "s", cell));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
