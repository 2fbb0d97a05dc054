package dev.rapport.cli;

import dev.rapport.experiment.SwitchOffResult;
import dev.rapport.report.metrics.Wording;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code rapport switch-off} prints: a row per measure, a column per strategy, each cell
 * the mean and its interval (for weeks, the median and percentile interval, with the share of
 * replications that reach it within the horizon). The values are the switched-off runs'.
 */
final class SwitchOffTable {
    private static final int GAP = 2;

    private final SwitchOffResult result;

    SwitchOffTable(SwitchOffResult result) {
        this.result = result;
    }

    void print(PrintWriter out) {
        String t = ComparisonTable.fmt(result.week());
        String h = ComparisonTable.fmt(result.horizonWeek());
        List<String> strategies = result.strategies();
        int n = result.measures().isEmpty() ? 0 : result.measures().get(0).n();
        out.printf(Locale.ROOT, "%nSpending stopped after week %s: the switched-off runs, %d replication%s (%s)%n%n", t, n,
                n == 1 ? "" : "s", n < 2 ? "mean" : "mean and " + Wording.level(result.confidence()) + " interval");
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[strategies.size() + 1];
        header[0] = "";
        for (int s = 0; s < strategies.size(); s++) {
            header[s + 1] = strategies.get(s);
        }
        rows.add(header);
        for (String metric : List.of("customers", "members", "advocates", "profit")) {
            String label = metric.equals("profit") ? "weekly profit" : metric;
            rows.add(row(label + " at week " + t, strategies, metric, result.week()));
            rows.add(row(label + " at week " + h, strategies, metric, result.horizonWeek()));
        }
        rows.add(weeksRow("active customers' half-life (weeks)", strategies, "active_customers_half_life_weeks"));
        rows.add(weeksRow("margin over baseline >= " + percent(result.share()) + " until week", strategies, "pays_until_week"));
        rows.add(row("profit after week " + t + " over baseline", strategies, "incremental_profit_after_switch_off",
                result.horizonWeek()));
        rows.add(row("profit given up by switching off", strategies, "profit_given_up", result.horizonWeek()));
        int[] width = new int[header.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String cell = c == 0 ? String.format("%-" + width[c] + "s", row[c]) : String.format("%" + width[c] + "s", row[c]);
                line.append(cell).append(c < row.length - 1 ? " ".repeat(GAP) : "");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println("Half-life: weeks after week " + t + " until active customers (customers, members, advocates) over the "
                + "baseline's fall to half their excess at week " + t + ".");
        out.println("Margin: revenue less cost of goods over the baseline's, the last week it is still at least "
                + percent(result.share()) + " of week " + t + "'s (\"beyond\": still at the horizon).");
    }

    private String[] row(String label, List<String> strategies, String measure, double week) {
        String[] row = new String[strategies.size() + 1];
        row[0] = label;
        for (int s = 0; s < strategies.size(); s++) {
            row[s + 1] = result.find(strategies.get(s), measure, week).map(SwitchOffTable::interval).orElse("-");
        }
        return row;
    }

    private String[] weeksRow(String label, List<String> strategies, String measure) {
        String[] row = new String[strategies.size() + 1];
        row[0] = label;
        for (int s = 0; s < strategies.size(); s++) {
            SwitchOffResult.Measure m = result.find(strategies.get(s), measure, result.horizonWeek()).orElse(null);
            SwitchOffResult.Measure share = result.find(strategies.get(s), measure + "_share", result.horizonWeek()).orElse(null);
            if (m == null || m.n() == 0) {
                row[s + 1] = "no excess at week " + ComparisonTable.fmt(result.week());
                continue;
            }
            String median = m.mean() == null ? "beyond " + ComparisonTable.fmt(result.horizonWeek())
                    : ComparisonTable.fmt(m.mean()) + (m.n() < 2 ? "" : " [" + ComparisonTable.fmt(m.ciLow()) + ", "
                    + (m.ciHigh() == null ? "beyond" : ComparisonTable.fmt(m.ciHigh())) + "]");
            row[s + 1] = median + (share == null || share.mean() == null ? "" : " (" + percent(share.mean()) + " within)");
        }
        return row;
    }

    private static String interval(SwitchOffResult.Measure m) {
        if (m.mean() == null) {
            return "-";
        }
        return m.ciLow() == null ? ComparisonTable.fmt(m.mean())
                : ComparisonTable.fmt(m.mean()) + " [" + ComparisonTable.fmt(m.ciLow()) + ", " + ComparisonTable.fmt(m.ciHigh()) + "]";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
