package dev.rapport.report.experiment;

import static dev.rapport.report.experiment.ExperimentFolder.list;
import static dev.rapport.report.experiment.ExperimentFolder.replications;
import static dev.rapport.report.experiment.ExperimentFolder.withInterval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.chart.OptimizeCharts;
import dev.rapport.report.html.TableView;
import dev.rapport.report.metrics.CurrencySymbol;
import dev.rapport.report.metrics.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of {@code rapport optimize}: the best plan and its objective with its interval on
 * fresh replications, how it fares against the scenario's strategies ({@code optimize.json}), the
 * trace and the response curves, and the best plan's shares of the budget.
 */
final class OptimizePage {
    private OptimizePage() {
    }

    static ExperimentContent read(ExperimentFolder folder) {
        JsonNode record = folder.record();
        String objective = record.path("objective").asText("the objective");
        String robust = record.path("robust").asText("");
        double budget = record.path("budget").asDouble(Double.NaN);
        // Money with the market's symbol when scenario.json names its currency: "€1.2M", not "1.2M".
        String money = folder.currency() == null ? "" : CurrencySymbol.prefix(folder.currency());
        List<String> levers = new ArrayList<>();
        record.path("levers").forEach(l -> levers.add(l.asText()));
        List<String> shares = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (Map.Entry<String, JsonNode> share : record.path("best_shares").properties()) {
            double s = share.getValue().asDouble();
            shares.add(share.getKey() + " " + percent(s));
            cells.add(List.of(share.getKey(), percent(s), Double.isNaN(budget) ? "" : money + ValueFormat.CURRENCY.format(s * budget)));
        }
        JsonNode fresh = record.path("best_objective_fresh");
        StringBuilder summary = new StringBuilder("Budget optimisation of " + objective
                + (robust.isEmpty() ? "" : " (robust: " + robust + ")") + " over the split of "
                + (Double.isNaN(budget) ? "the budget" : "a budget of " + money + ValueFormat.CURRENCY.format(budget))
                + " across " + list(levers) + periods(record.path("periods").asInt(1)) + ": "
                + record.path("evaluations").asInt() + " evaluations of "
                + replications(record.path("replications").asInt()) + " each (CMA-ES).");
        if (shares.isEmpty()) {
            summary.append(" No plan was found yet.");
        } else {
            summary.append(" The best plan puts ").append(list(shares)).append(" of the budget");
            if (fresh.isObject()) {
                summary.append(" and makes ").append(objective).append(" of ").append(withInterval(
                        fresh.path("mean").asDouble(), number(fresh, "ci_low"), number(fresh, "ci_high")))
                        .append(" on fresh replications");
            }
            summary.append('.');
            List<String> against = new ArrayList<>();
            record.path("comparisons").forEach(c -> against.add(c.path("b").asText() + " by " + withInterval(
                    c.path("mean_difference").asDouble(), number(c, "ci_low"), number(c, "ci_high"))));
            if (!against.isEmpty()) {
                summary.append(" It differs from ").append(list(against)).append(" (optimized minus the other, paired).");
            }
        }
        boolean complete = record.path("complete").asBoolean(true);
        TableView table = new TableView("The best plan", "From optimize.json: each variable's share of the budget "
                + "in the best plan found, and the money that is.", List.of("Variable", "Share of the budget", "Spend"),
                List.of(false, true, true), cells);
        String meta = record.path("evaluations").asInt() + " evaluations × "
                + replications(record.path("replications").asInt()) + folder.finished();
        return new ExperimentContent(meta, complete ? "" : "Unfinished: the optimisation stopped before its last "
                + "evaluation; resume it with `rapport optimize SCENARIO --out FOLDER --resume`.", summary.toString(),
                OptimizeCharts.of(folder.dir(), objective), table);
    }

    /** "" for one period, " in 3 periods" for more */
    private static String periods(int periods) {
        return periods <= 1 ? "" : " in " + periods + " periods";
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
