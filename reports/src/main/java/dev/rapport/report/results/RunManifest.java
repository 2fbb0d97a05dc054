package dev.rapport.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the report needs from {@code manifest.json}, read field by field so that a manifest from an
 * older or newer Rapport with fields added or missing still reads. Every field the report can do
 * without is optional; the whole tree stays available as {@link #raw()} for the reproducibility
 * section.
 *
 * @param scenarioName the scenario's display name, when given
 * @param replications replications per strategy, when given
 * @param tickWeeks    weeks per tick, when given
 * @param horizonWeeks the simulated horizon in weeks, when given
 * @param focalBrand   the brand the comparison is about, when given
 * @param objective    the metric strategies are ranked on, when given
 * @param brands       every brand of the market, in scenario order
 * @param strategies   the strategies, in scenario order; brands default to the focal brand
 * @param complete     false when some replications are missing: the run was interrupted, a run
 *                     failed, or only some replications were asked for; every replication the
 *                     folder holds reached the horizon
 * @param completedReplications how many replications the folder holds
 *                     ({@code completed_replications}), when given
 * @param failures     what went wrong, one sentence each: the unexpected error that stopped the
 *                     run ({@code error}), then each failed run (replication, strategy, seed, error)
 * @param raw          the whole manifest
 */
public record RunManifest(Optional<String> scenarioName, OptionalInt replications,
                          OptionalDouble tickWeeks, OptionalDouble horizonWeeks,
                          Optional<String> focalBrand, Optional<String> objective,
                          List<String> brands, List<StrategyInfo> strategies, boolean complete,
                          OptionalInt completedReplications, List<String> failures, JsonNode raw) {

    public RunManifest {
        brands = List.copyOf(brands);
        strategies = List.copyOf(strategies);
        failures = List.copyOf(failures);
    }

    /** Reads the fields the report uses from a parsed {@code manifest.json}. */
    public static RunManifest from(JsonNode root) {
        Optional<String> focal = text(root, "focal_brand");
        List<String> brands = new ArrayList<>();
        root.path("brands").forEach(b -> {
            if (b.isTextual()) {
                brands.add(b.asText());
            } else if (b.path("name").isTextual()) {
                brands.add(b.path("name").asText());
            }
        });
        String defaultBrand = focal.orElse(brands.isEmpty() ? "" : brands.get(0));
        List<StrategyInfo> strategies = new ArrayList<>();
        for (JsonNode s : root.path("strategies")) {
            Optional<String> name = s.isTextual() ? Optional.of(s.asText()) : text(s, "name");
            name.ifPresent(n -> strategies.add(new StrategyInfo(n,
                    text(s, "brand").orElse(defaultBrand),
                    StrategyKind.parse(text(s, "kind").orElse(null)),
                    text(s, "description").orElse(""),
                    number(s, "budget"))));
        }
        JsonNode replications = root.path("replications");
        return new RunManifest(text(root, "scenario_name"),
                replications.canConvertToInt() && replications.isNumber()
                        ? OptionalInt.of(replications.asInt()) : OptionalInt.empty(),
                number(root, "tick_weeks"), number(root, "horizon_weeks"), focal,
                text(root, "objective"), brands, strategies,
                !root.path("complete").isBoolean() || root.path("complete").asBoolean(),
                root.path("completed_replications").isArray()
                        ? OptionalInt.of(root.path("completed_replications").size()) : OptionalInt.empty(),
                failures(root), root);
    }

    /** "replication 2, strategy invest, seed 42: java.lang.IllegalStateException: ..." per failed run. */
    private static List<String> failures(JsonNode root) {
        List<String> out = new ArrayList<>();
        // An error that stopped the whole run (not one run's failure) comes first.
        text(root, "error").ifPresent(e -> out.add("the run stopped unexpectedly: " + e));
        for (JsonNode f : root.path("failures")) {
            StringBuilder sb = new StringBuilder();
            if (f.path("replication").isNumber()) {
                sb.append("replication ").append(f.path("replication").asInt());
            }
            text(f, "strategy").ifPresent(s -> sb.append(sb.length() > 0 ? ", " : "").append("strategy ").append(s));
            if (f.path("seed").isNumber()) {
                sb.append(sb.length() > 0 ? ", " : "").append("seed ").append(f.path("seed").asText());
            }
            text(f, "error").ifPresent(e -> sb.append(sb.length() > 0 ? ": " : "").append(e));
            out.add(sb.length() > 0 ? sb.toString() : f.toString());
        }
        return out;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText()) : Optional.empty();
    }

    private static OptionalDouble number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? OptionalDouble.of(value.asDouble()) : OptionalDouble.empty();
    }
}
