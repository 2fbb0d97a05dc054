package dev.rapport.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the report takes from {@code summary.json}: the horizon, objective and focal brand, and the
 * simulator's paired comparisons. Entries missing a field the report needs are skipped rather than
 * failing the report, since every figure can also be computed from {@code series.csv}.
 *
 * @param horizonWeek the horizon week, when given
 * @param objective   the objective metric, when given
 * @param focalBrand  the focal brand, when given
 * @param comparisons the paired comparisons, in file order
 * @param confidence  the confidence level of every interval (the scenario's outputs.confidence), 0.95 when not given
 * @param baseline    the do-nothing strategy every other is measured against, when the run has one
 */
public record RunSummary(OptionalDouble horizonWeek, Optional<String> objective,
                         Optional<String> focalBrand, List<SummaryComparison> comparisons,
                         double confidence, Optional<String> baseline) {

    public RunSummary {
        comparisons = List.copyOf(comparisons);
    }

    /** A summary with nothing in it, for result folders without {@code summary.json}. */
    public static RunSummary empty() {
        return new RunSummary(OptionalDouble.empty(), Optional.empty(), Optional.empty(), List.of(), 0.95, Optional.empty());
    }

    /** Reads a parsed {@code summary.json}. */
    public static RunSummary from(JsonNode root) {
        List<SummaryComparison> comparisons = new ArrayList<>();
        for (JsonNode c : root.path("comparisons")) {
            if (hasText(c, "metric", "brand", "a", "b")
                    && hasNumber(c, "week", "mean_difference", "ci_low", "ci_high",
                    "probability_a_beats_b")) {
                comparisons.add(new SummaryComparison(c.get("metric").asText(),
                        c.get("brand").asText(), c.get("a").asText(), c.get("b").asText(),
                        c.get("week").asDouble(), c.get("mean_difference").asDouble(),
                        c.get("ci_low").asDouble(), c.get("ci_high").asDouble(),
                        c.get("probability_a_beats_b").asDouble()));
            }
        }
        JsonNode horizon = root.path("horizon_week");
        return new RunSummary(
                horizon.isNumber() ? OptionalDouble.of(horizon.asDouble()) : OptionalDouble.empty(),
                optionalText(root, "objective"), optionalText(root, "focal_brand"), comparisons,
                confidence(root.path("confidence")), optionalText(root, "baseline"));
    }

    private static double confidence(JsonNode level) {
        // An older folder, or a level outside what a scenario accepts, keeps the 95% it always had.
        return level.isNumber() && level.asDouble() >= 0.5 && level.asDouble() < 1 ? level.asDouble() : 0.95;
    }

    private static boolean hasText(JsonNode node, String... fields) {
        for (String field : fields) {
            if (!node.path(field).isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNumber(JsonNode node, String... fields) {
        for (String field : fields) {
            if (!node.path(field).isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText()) : Optional.empty();
    }
}
