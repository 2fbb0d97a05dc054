package dev.rapport.cli;

import dev.rapport.experiment.Comparison;
import dev.rapport.experiment.MetricSummary;
import dev.rapport.experiment.Summary;
import dev.rapport.report.metrics.CurrencySymbol;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/**
 * The short comparison printed at the end of a run: the focal brand's key metrics at the horizon
 * per strategy with 95% intervals, then the headline: which strategy leads on profit, members and
 * trust, and how sure that is (share of paired replications in which it beats each other).
 *
 * <p>It states the number of replications actually summarised (one with {@code --only-replication},
 * fewer than asked for after an interruption), and with fewer than two it shows means alone: an
 * interval or a "beats in 100% of replications" over one replication would claim a certainty that
 * one draw cannot give.
 */
final class ComparisonTable {
    private static final List<String[]> COLUMNS = List.of(
            new String[] {"cumulative_profit", "profit"},
            new String[] {"members", "members"},
            new String[] {"advocates", "advocates"},
            new String[] {"trust", "trust"},
            new String[] {"nps", "NPS"});

    private final Scenario scenario;
    private final Summary summary;

    ComparisonTable(Scenario scenario, Summary summary) {
        this.scenario = scenario;
        this.summary = summary;
    }

    void print(PrintWriter out) {
        String brand = summary.focalBrand();
        List<StrategySpec> strategies = scenario.effectiveStrategies();
        int n = summarised(strategies, brand);
        out.printf(Locale.ROOT, "%n%s: brand %s at week %s, %d replication%s (%s)%n%n",
                scenario.name(), brand, fmt(summary.horizonWeek()), n, n == 1 ? "" : "s",
                n < 2 ? "mean; no interval from fewer than two replications" : "mean and 95% interval");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s", "strategy"));
        String symbol = currency();
        for (String[] c : COLUMNS) {
            // Money columns say their currency: "profit (€)".
            header.append(String.format(Locale.ROOT, "%28s", c[0].equals("cumulative_profit") ? c[1] + " (" + symbol + ")" : c[1]));
        }
        out.println(header);
        for (StrategySpec s : strategies) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s", abbreviate(s.name(), 16)));
            for (String[] c : COLUMNS) {
                MetricSummary m = summary.atHorizon(s.name(), brand, c[0]);
                row.append(String.format(Locale.ROOT, "%28s", m == null ? "-" : interval(m)));
            }
            out.println(row);
        }
        if (strategies.size() < 2) {
            return;
        }
        out.println();
        for (String metric : List.of("cumulative_profit", "members", "trust")) {
            headline(out, strategies, brand, metric);
        }
    }

    /** How many replications the summary covers: the most any strategy has at the horizon. */
    private int summarised(List<StrategySpec> strategies, String brand) {
        int n = 0;
        for (StrategySpec s : strategies) {
            MetricSummary m = summary.atHorizon(s.name(), brand, "cumulative_profit");
            if (m != null) {
                n = Math.max(n, m.n());
            }
        }
        return n;
    }

    private void headline(PrintWriter out, List<StrategySpec> strategies, String brand, String metric) {
        StrategySpec leader = null;
        double best = Double.NEGATIVE_INFINITY;
        for (StrategySpec s : strategies) {
            MetricSummary m = summary.atHorizon(s.name(), brand, metric);
            if (m != null && m.mean() != null && m.mean() > best) {
                best = m.mean();
                leader = s;
            }
        }
        if (leader == null) {
            return;
        }
        MetricSummary lead = summary.atHorizon(leader.name(), brand, metric);
        String unit = metric.equals("cumulative_profit") ? " (" + currency() + ")" : "";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Leads on %s%s: %s (%s)", metric.replace('_', ' '),
                unit, leader.name(), interval(lead)));
        for (StrategySpec other : strategies) {
            if (other == leader) {
                continue;
            }
            Comparison c = summary.comparison(metric, leader.name(), other.name());
            // One pair (or none) is no evidence of how often a strategy wins.
            if (c != null && c.n() >= 2) {
                sb.append(String.format(Locale.ROOT, "; beats %s in %.0f%% of replications (difference %s [%s, %s])",
                        other.name(), 100 * c.probabilityABeatsB(), fmt(c.meanDifference()), fmt(c.ciLow()), fmt(c.ciHigh())));
            }
        }
        out.println(sb);
    }

    /** The currency's symbol (€ for EUR), or its code where the terminal's encoding cannot show the symbol. */
    private String currency() {
        String symbol = CurrencySymbol.of(scenario.market().currency());
        return Charset.defaultCharset().newEncoder().canEncode(symbol) ? symbol
                : scenario.market().currency().strip().toUpperCase(Locale.ROOT);
    }

    private static String interval(MetricSummary m) {
        if (m.mean() == null) {
            return "-";
        }
        return m.hasInterval() ? fmt(m.mean()) + " [" + fmt(m.ciLow()) + ", " + fmt(m.ciHigh()) + "]" : fmt(m.mean());
    }

    static String fmt(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        if (a >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
}
