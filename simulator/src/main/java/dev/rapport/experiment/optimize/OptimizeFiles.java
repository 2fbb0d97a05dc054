package dev.rapport.experiment.optimize;

import dev.rapport.experiment.Numbers;
import dev.rapport.experiment.PairedDifference;
import dev.rapport.experiment.ResultFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of an optimisation (docs/results-format.md): {@code trace.csv}, {@code response.csv},
 * {@code plan-comparison.csv}, {@code optimize.json} and {@code best-plan.yaml}. Plain tables, so the
 * report draws them without knowing the model; numbers as every result file writes them, so a
 * resumed optimisation writes the same bytes as an uninterrupted one.
 */
public final class OptimizeFiles {
    public static final String TRACE_CSV = "trace.csv";
    public static final String RESPONSE_CSV = "response.csv";
    public static final String PLAN_COMPARISON_CSV = "plan-comparison.csv";
    public static final String OPTIMIZE_JSON = "optimize.json";
    public static final String BEST_PLAN = "best-plan.yaml";

    private OptimizeFiles() {
    }

    /** Writes what the outcome holds: the trace always, the rest once the search is complete. */
    public static void write(Path dir, OptimizeOutcome outcome, PlanScenario plan, List<String> overrides) {
        writeTrace(dir, outcome);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("complete", outcome.complete());
        json.put("objective", outcome.settings().objective());
        if (outcome.settings().robust() != null) {
            json.put("robust", outcome.settings().robust().flag());
        }
        json.put("levers", outcome.settings().levers());
        json.put("periods", outcome.settings().periods());
        json.put("variables", outcome.variables());
        json.put("bounds", outcome.settings().bounds());
        json.put("budget", outcome.settings().budget());
        json.put("evaluations_budget", outcome.settings().evaluations());
        json.put("evaluations", outcome.evaluations());
        json.put("seed", outcome.settings().seed());
        json.put("replications", outcome.replications());
        json.put("replications_chosen_by", outcome.pilot() == null ? "given" : "pilot");
        json.put("pilot", outcome.pilot());
        if (outcome.best() != null) {
            Map<String, Double> best = new LinkedHashMap<>();
            for (int i = 0; i < outcome.variables().size(); i++) {
                best.put(outcome.variables().get(i), outcome.best()[i]);
            }
            json.put("best_shares", best);
            json.put("best_objective_search", outcome.bestRow().objective());
        }
        json.put("best_objective_fresh", outcome.bestEstimate());
        json.put("comparisons", outcome.comparisons());
        json.put("failure", outcome.failure());
        ResultFiles.writeJson(dir.resolve(OPTIMIZE_JSON), json);
        if (!outcome.complete()) {
            return;
        }
        writeResponse(dir, outcome);
        writePlanComparison(dir, outcome);
        List<String> header = new ArrayList<>(List.of(
                "Written by rapport optimize: the scenario with the strategy '" + PlanScenario.NAME + "', the budget split",
                "that maximised " + outcome.settings().objective() + " (" + outcome.evaluations() + " evaluations, "
                        + outcome.replications() + " replications each). Comments of the original are not kept."));
        if (!overrides.isEmpty()) {
            header.add("Found with --set " + String.join(" --set ", overrides) + " (not applied here: give them again).");
        }
        write(dir.resolve(BEST_PLAN), plan.text(outcome.best(), header));
    }

    private static void writeTrace(Path dir, OptimizeOutcome outcome) {
        StringBuilder out = new StringBuilder("evaluation");
        outcome.variables().forEach(v -> out.append(',').append(v));
        out.append(",spent_share,objective,best_so_far\n");
        for (OptimizeOutcome.TraceRow row : outcome.trace()) {
            out.append(row.evaluation());
            double spent = 0;
            for (double s : row.shares()) {
                out.append(',').append(Numbers.format(s));
                spent += s;
            }
            // To the shares' grain: a sum of nine-decimal shares, not its floating-point remainder.
            out.append(',').append(Numbers.format(Math.round(spent * 1e9) / 1e9)).append(',').append(Numbers.format(row.objective()))
                    .append(',').append(Numbers.format(row.bestSoFar())).append('\n');
        }
        write(dir.resolve(TRACE_CSV), out.toString());
    }

    private static void writeResponse(Path dir, OptimizeOutcome outcome) {
        StringBuilder out = new StringBuilder("lever,spend,incremental_profit,ci_low,ci_high,optimum,marginal_return\n");
        for (OptimizeOutcome.ResponseRow row : outcome.response()) {
            out.append(row.lever()).append(',').append(Numbers.format(row.spend())).append(',')
                    .append(Numbers.format(row.incrementalProfit().mean())).append(',')
                    .append(Numbers.format(row.incrementalProfit().ciLow())).append(',')
                    .append(Numbers.format(row.incrementalProfit().ciHigh())).append(',')
                    .append(row.optimum()).append(',').append(Numbers.format(row.marginalReturn())).append('\n');
        }
        write(dir.resolve(RESPONSE_CSV), out.toString());
    }

    private static void writePlanComparison(Path dir, OptimizeOutcome outcome) {
        StringBuilder out = new StringBuilder(
                "metric,a,b,n,mean_difference,ci_low,ci_high,paired_t_p_value,wilcoxon_p_value,probability_a_beats_b\n");
        for (PairedDifference d : outcome.comparisons()) {
            out.append(cell(d.metric())).append(',').append(cell(d.a())).append(',')
                    .append(cell(d.b())).append(',').append(d.n()).append(',').append(Numbers.format(d.meanDifference()))
                    .append(',').append(Numbers.format(d.ciLow())).append(',').append(Numbers.format(d.ciHigh()))
                    .append(',').append(Numbers.format(d.pairedTPValue())).append(',')
                    .append(Numbers.format(d.wilcoxonPValue())).append(',')
                    .append(Numbers.format(d.probabilityABeatsB())).append('\n');
        }
        write(dir.resolve(PLAN_COMPARISON_CSV), out.toString());
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    private static String cell(String text) {
        return text.matches("[^,\"\r\n]*") ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
