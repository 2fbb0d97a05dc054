package dev.rapport.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.metrics.ValueFormat;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.Replicates;
import dev.rapport.report.results.RunResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenario in plain words, from what any results folder has: the market's size (the funnel
 * stages summed at week 0, so it needs no knowledge of the scenario's schema), its brands, the
 * horizon, the replications and how they pair, the objective, and the settings changed on the
 * command line. A top-level {@code description} in {@code scenario.json} leads, when present.
 */
final class ScenarioDescription {

    private ScenarioDescription() {
    }

    static List<String> paragraphs(RunResults results, MetricCatalog catalog) {
        List<String> paragraphs = new ArrayList<>();
        JsonNode description = results.scenario().path("description");
        if (description.isTextual() && !description.asText().isBlank()) {
            paragraphs.add(description.asText().strip());
        }
        paragraphs.add(market(results));
        int strategies = results.strategies().size();
        int replications = results.replications();
        paragraphs.add("It compares " + strategies + (strategies == 1 ? " strategy" : " strategies")
                + " over " + Wording.week(results.horizonWeek()) + " weeks in ticks of "
                + Wording.week(results.tickWeeks()) + (results.tickWeeks() == 1 ? " week" : " weeks")
                + ", each simulated " + replications + (replications == 1 ? " time" : " times")
                + ". Replication r of every strategy plays on the same consumers, network and random"
                + " draws, so strategies are compared replication by replication.");
        paragraphs.add("Strategies are ranked on " + catalog.metric(results.objective()).inSentence()
                + " of " + results.focalBrand() + " at week " + Wording.week(results.horizonWeek()) + ".");
        List<String> overrides = new ArrayList<>();
        results.manifest().raw().path("overrides").forEach(o -> overrides.add(o.asText()));
        if (!overrides.isEmpty()) {
            paragraphs.add("Settings changed from the scenario file for this run: "
                    + String.join(", ", overrides) + ".");
        }
        return paragraphs;
    }

    private static String market(RunResults results) {
        List<String> brands = results.brands();
        String size = population(results)
                .map(p -> "a market of " + ValueFormat.COUNT.format(p) + " consumers").orElse("a market");
        String brandText = brands.size() == 1 ? "one brand, " + brands.get(0)
                : brands.size() + " brands (" + Wording.list(brands) + "); the report follows "
                + results.focalBrand();
        return results.scenarioName() + " simulates " + size + " with " + brandText + ".";
    }

    /** @return the funnel stages of the first strategy summed at tick 0, when the series has them */
    static Optional<Double> population(RunResults results) {
        String first = results.strategyNames().get(0);
        double total = 0;
        for (String stage : MetricCatalog.FUNNEL) {
            Optional<Replicates> values = results.values(first, stage);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            total += values.get().value(0, 0);
        }
        return Optional.of(total);
    }
}
