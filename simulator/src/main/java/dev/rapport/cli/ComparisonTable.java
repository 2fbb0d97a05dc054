package dev.rapport.cli;

import dev.rapport.experiment.BreakEvenSummary;
import dev.rapport.experiment.Comparison;
import dev.rapport.experiment.MetricSummary;
import dev.rapport.experiment.PaybackSummary;
import dev.rapport.experiment.PlanSummary;
import dev.rapport.experiment.Summary;
import dev.rapport.report.metrics.CurrencySymbol;
import dev.rapport.report.metrics.Wording;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short comparison printed at the end of a run: the focal brand's key metrics at the horizon
 * per strategy (the baseline included) with intervals at the scenario's confidence level; then,
 * against the do-nothing baseline, each strategy's incremental profit, incremental ROI and payback
 * week; then the headline: which strategy leads on profit, members and trust, how sure that is
 * (share of paired replications in which it beats each other; no leader where the strategies
 * ended equal in every replication, nothing on a metric that does not apply), and the break-even
 * weeks between strategies that mean something. A metric whose mechanism is off shows "n/a", with
 * the reason under the table. Under the table, a line for each strategy whose budget cut its
 * plan: when the money ran out, the discount windows that did not run and the share of the planned
 * lever money that could be spent; nothing when every plan ran in full. Fits in 120 columns.
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
    private static final int NAME = 14;
    /** A metric whose mechanism is off: the same for every strategy by construction. */
    static final String NOT_APPLICABLE = "n/a";
    /** Spaces between columns. */
    private static final int GAP = 2;

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
        String level = Wording.level(summary.confidence());
        out.printf(Locale.ROOT, "%n%s: brand %s at week %s, %d replication%s (%s)%n%n",
                scenario.name(), brand, fmt(summary.horizonWeek()), n, n == 1 ? "" : "s",
                n < 2 ? "mean; no interval from fewer than two replications" : "mean and " + level + " interval");
        // Columns as wide as their widest cell, so market-scale figures ("29.32M [28.79M, 29.84M]")
        // line up without pushing narrow columns past the terminal's width.
        String symbol = currency();
        String[][] cells = new String[strategies.size() + 1][COLUMNS.size()];
        int[] width = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            String[] column = COLUMNS.get(c);
            // Money columns say their currency: "profit (€)".
            cells[0][c] = column[0].equals("cumulative_profit") ? column[1] + " (" + symbol + ")" : column[1];
            for (int r = 0; r < strategies.size(); r++) {
                MetricSummary m = summary.atHorizon(strategies.get(r).name(), brand, column[0]);
                cells[r + 1][c] = m == null ? "-" : m.applicable() ? interval(m) : NOT_APPLICABLE;
            }
            for (String[] row : cells) {
                width[c] = Math.max(width[c], row[c].length() + GAP);
            }
        }
        for (int r = 0; r < cells.length; r++) {
            String name = r == 0 ? "strategy" : abbreviate(strategies.get(r - 1).name(), NAME);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + NAME + "s", name));
            for (int c = 0; c < COLUMNS.size(); c++) {
                line.append(String.format(Locale.ROOT, "%" + width[c] + "s", cells[r][c]));
            }
            out.println(line);
        }
        notApplicable(out);
        plansCut(out, strategies);
        againstBaseline(out, strategies, brand);
        if (strategies.size() < 2) {
            return;
        }
        out.println();
        for (String metric : List.of("cumulative_profit", "members", "trust")) {
            headline(out, strategies, brand, metric);
        }
        for (BreakEvenSummary b : summary.breakEvens()) {
            // Only a real overtaking: both curves move and the challenger ends ahead.
            if (b.meaningful() && n >= 2) {
                out.println(breakEven(b));
            }
        }
    }

    /** "n/a: trust, NPS (mechanisms.trust is off: trust stays 0.5)": why columns say n/a; nothing when none does. */
    private void notApplicable(PrintWriter out) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (String[] column : COLUMNS) {
            String reason = summary.notApplicable(column[0]);
            if (reason != null) {
                byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(column[1]);
            }
        }
        byReason.forEach((reason, columns) -> out.println(NOT_APPLICABLE + ": " + String.join(", ", columns)
                + " (" + reason + ")"));
    }

    /** A line per strategy whose budget cut its plan; nothing when every plan ran in full. */
    private void plansCut(PrintWriter out, List<StrategySpec> strategies) {
        boolean first = true;
        for (StrategySpec s : strategies) {
            PlanSummary p = summary.plan(s.name());
            if (p == null || !p.cut()) {
                continue;
            }
            if (first) {
                out.println();
                first = false;
            }
            out.println(s.name() + ": " + planCut(p));
        }
    }

    /**
     * "budget used up in week 53 (median over 20 replications; 20 of 20); 4 of 6 discount windows did
     * not run; 62% of the planned lever money could be spent".
     */
    static String planCut(PlanSummary p) {
        StringBuilder sb = new StringBuilder();
        if (p.budgetUsedUpWeek() == null) {
            sb.append("budget used up within the horizon in ").append(p.replicationsUsedUp()).append(" of ")
                    .append(p.n()).append(" replications");
        } else {
            sb.append("budget used up in week ").append(fmt(p.budgetUsedUpWeek()));
            if (p.n() >= 2) {
                sb.append(" (median over ").append(p.n()).append(" replications; ").append(p.replicationsUsedUp())
                        .append(" of ").append(p.n()).append(')');
            }
        }
        if (p.discountWindowsMissed() > 0) {
            sb.append("; ").append(p.discountWindowsMissed()).append(" of ").append(p.discountWindows())
                    .append(" discount window").append(p.discountWindows() == 1 ? "" : "s").append(" did not run");
        }
        if (p.planCarriedOut() < 1) {
            sb.append("; ").append(percent(p.planCarriedOut())).append(" of the planned lever money could be spent");
        }
        return sb.toString();
    }

    /** Whole per cent, but never rounded up to 100% when some money could not be spent. */
    private static String percent(double share) {
        double pct = 100 * share;
        return pct >= 99.5 ? String.format(Locale.ROOT, "%.1f%%", Math.floor(pct * 10) / 10)
                : String.format(Locale.ROOT, "%.0f%%", pct);
    }

    /** Incremental profit, incremental ROI and payback of every strategy against the do-nothing baseline. */
    private void againstBaseline(PrintWriter out, List<StrategySpec> strategies, String brand) {
        if (summary.baseline() == null || strategies.size() < 2) {
            return;
        }
        // The payback range is the spread of the replications' own weeks, not an interval of a mean.
        out.printf(Locale.ROOT, "%nAgainst the baseline (%s with no plan and no spend, same random numbers):%n", brand);
        out.println(String.format(Locale.ROOT, "%-" + NAME + "s%24s%24s   %s", "strategy", "incremental profit",
                "incremental ROI", "payback: median week [middle " + Wording.level(summary.confidence())
                        + " of replications]"));
        for (StrategySpec s : strategies) {
            if (s.name().equals(summary.baseline())) {
                continue;
            }
            MetricSummary profit = summary.atHorizon(s.name(), brand, "incremental_cumulative_profit");
            MetricSummary roi = summary.atHorizon(s.name(), brand, "incremental_roi");
            PaybackSummary payback = summary.payback(s.name());
            out.println(String.format(Locale.ROOT, "%-" + NAME + "s%24s%24s   %s", abbreviate(s.name(), NAME),
                    profit == null ? "-" : interval(profit),
                    roi == null || roi.mean() == null ? "n/a (no spend)" : interval(roi),
                    payback == null ? "-" : payback(payback)));
        }
    }

    /** "week 40 [35, 47]; 20 of 20 pay back" or "does not pay back within 156 weeks; 3 of 20 do" (replications). */
    private String payback(PaybackSummary p) {
        String horizon = fmt(p.horizonWeek());
        if (!p.paysBack()) {
            return "does not pay back within " + horizon + " weeks; " + p.replicationsPayingBack() + " of " + p.n() + " do";
        }
        String week = "week " + fmt(p.paybackWeek());
        if (p.n() >= 2) {
            week += " [" + fmt(p.ciLow()) + ", " + (p.ciHigh() == null ? "after " + horizon : fmt(p.ciHigh())) + "]";
        }
        return week + "; " + p.replicationsPayingBack() + " of " + p.n() + " pay back";
    }

    private String breakEven(BreakEvenSummary b) {
        if (b.breakEvenWeek() == null) {
            return String.format(Locale.ROOT, "Break-even: %s ends ahead of %s but not for good before week %s in most replications"
                    + " (%d of %d overtake)", b.a(), b.b(), fmt(summary.horizonWeek()), b.replicationsOvertaking(), b.n());
        }
        // The range is where the replications' own weeks lie (a spread), said as such: an interval
        // of the mean week would be far narrower.
        String spread = "in " + Wording.level(summary.confidence()) + " of replications "
                + (b.ciHigh() == null ? "from week " + fmt(b.ciLow()) + " to after week " + fmt(summary.horizonWeek())
                : b.ciLow().equals(b.ciHigh()) ? "in week " + fmt(b.ciLow())
                : "between week " + fmt(b.ciLow()) + " and " + fmt(b.ciHigh()));
        return String.format(Locale.ROOT, "Break-even: %s overtakes %s in cumulative profit in week %s (median; %s;"
                + " %d of %d replications overtake)", b.a(), b.b(), fmt(b.breakEvenWeek()), spread,
                b.replicationsOvertaking(), b.n());
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

    /**
     * "Leads on trust: invest (0.640 [...]); beats spend in 100% of replications (...)". Nothing on a
     * metric that does not apply, and "No difference in members: every strategy ends at 0 in every
     * replication" when the strategies were equal in every pair: no leader is named where nobody leads.
     */
    private void headline(PrintWriter out, List<StrategySpec> strategies, String brand, String metric) {
        if (summary.notApplicable(metric) != null) {
            return;
        }
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
        if (identicalToAll(strategies, leader, metric)) {
            out.printf(Locale.ROOT, "No difference in %s%s: every strategy ends at %s in every replication%n",
                    metric.replace('_', ' '), unit, fmt(lead.mean()));
            return;
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Leads on %s%s: %s (%s)", metric.replace('_', ' '),
                unit, leader.name(), interval(lead)));
        for (StrategySpec other : strategies) {
            if (other == leader) {
                continue;
            }
            Comparison c = summary.comparison(metric, leader.name(), other.name());
            if (c != null && c.identical()) {
                sb.append("; identical to ").append(other.name()).append(" in every replication");
            } else if (c != null && c.n() >= 2) {
                // One pair (or none) is no evidence of how often a strategy wins.
                sb.append(String.format(Locale.ROOT, "; beats %s in %.0f%% of replications (difference %s [%s, %s])",
                        other.name(), 100 * c.probabilityABeatsB(), fmt(c.meanDifference()), fmt(c.ciLow()), fmt(c.ciHigh())));
            }
        }
        out.println(sb);
    }

    /** Whether the leader ended equal to every other strategy in every paired replication. */
    private boolean identicalToAll(List<StrategySpec> strategies, StrategySpec leader, String metric) {
        for (StrategySpec other : strategies) {
            if (other != leader) {
                Comparison c = summary.comparison(metric, leader.name(), other.name());
                if (c == null || !c.identical()) {
                    return false;
                }
            }
        }
        return true;
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
