package dev.rapport.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.ChartContext;
import dev.rapport.report.chart.ChartRenderer;
import dev.rapport.report.metrics.CurrencySymbol;
import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.ValueFormat;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.RunManifest;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.results.StrategyInfo;
import dev.rapport.report.results.UncertaintyShares;
import dev.rapport.report.stats.BreakEven;
import dev.rapport.report.stats.BreakEvenAnalysis;
import dev.rapport.report.stats.Payback;
import dev.rapport.report.stats.PlanCut;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.table.BreakEvenRow;
import dev.rapport.report.table.ComparisonTable;
import dev.rapport.report.table.HeadlineCell;
import dev.rapport.report.table.HeadlineTable;
import dev.rapport.report.table.PairRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link ReportView} of a run: the scenario in words, the tables, the charts rendered
 * for the target format, the scenario's settings and the manifest. Everything is taken from the
 * results and from the analyses handed in, so the tables and captions state the same numbers.
 */
public final class ReportViewBuilder {

    /** Manifest fields a client needs to reproduce the run, with the labels the report gives them. */
    private static final Map<String, String> REPRODUCE = orderedLabels(
            "rapport_version", "Rapport version",
            "scenario_file", "Scenario file",
            "scenario_sha256", "Scenario SHA-256",
            "seed", "Seed",
            "replications", "Replications",
            "overrides", "Settings changed (--set)",
            "threads", "Threads",
            "java_version", "Java version",
            "started", "Started",
            "finished", "Finished",
            "complete", "Complete");
    /** Manifest fields holding an ISO-8601 instant, shown in the reader's words. */
    private static final Set<String> TIMESTAMPS = Set.of("started", "finished");
    /** Manifest fields shown elsewhere in the report. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("strategies");

    private final ChartRenderer renderer = new ChartRenderer();
    private final JsonFlattener flattener = new JsonFlattener();

    /**
     * @param context    the results with palette and metric names
     * @param breakEvens the break-even analysis the charts mark
     * @param charts     the charts, in order
     * @param pdf        true to lay out for PDF: charts as objects PdfCharts draws
     */
    public ReportView build(ChartContext context, List<BreakEven> breakEvens, List<Chart> charts,
                            boolean pdf) {
        RunResults results = context.results();
        Metric objective = context.metric(results.objective());
        HeadlineTable headline = HeadlineTable.of(results, context.catalog());
        ComparisonTable comparison = ComparisonTable.of(results, objective);
        List<BreakEvenRow> breakEvenRows = BreakEvenRow.of(breakEvens);
        Map<String, String> colours = new LinkedHashMap<>();
        results.strategyNames().forEach(s -> colours.put(s, context.palette().hex(s)));
        JsonNode manifest = results.manifest().raw();
        String version = manifest.path("rapport_version").asText("");
        List<ParameterGroup> flattened = flattener.groups(results.scenario());
        List<ParameterGroup> parameters = results.currency().map(c -> MoneyValues.withSymbol(flattened, c))
                .orElse(flattened);
        Optional<GivenSettings> given = GivenSettings.of(results.folder().dir(), manifest);
        return new ReportView(
                results.scenarioName() + ": simulation report",
                results.scenarioName(), meta(results), Wording.week(results.horizonWeek()), pdf,
                results.manifest().complete(), incomplete(results), results.manifest().failures(),
                withUncertainty(findings(headline, comparison, breakEvenRows, objective,
                        results.identicalAtHorizon(objective.name()), results.confidence(),
                        BreakEvenAnalysis.paybacks(results, MetricCatalog.INCREMENTAL_CUMULATIVE_PROFIT),
                        PlanCut.of(results)), results, objective),
                ScenarioDescription.paragraphs(results, context.catalog()),
                strategies(context), colours, headline, comparison, breakEvenRows,
                charts.stream().map(c -> figure(c, pdf)).toList(),
                parameters, given.map(g -> g.filter(parameters)).orElse(parameters), given.isPresent(),
                reproduce(manifest), rest(manifest),
                "Made with Rapport" + (version.isEmpty() ? "" : " " + version)
                        + " from " + results.folder().dir().toAbsolutePath().normalize().getFileName()
                        + ". Colours: Okabe–Ito" + (results.baseline().isPresent() ? ", the baseline in grey" : "")
                        + "; bands and intervals: " + Wording.level(results.confidence()) + " confidence.");
    }

    /** "2 strategies, 20 replications each, 156 weeks; run finished 23 November 2026, 09:01 UTC" */
    private static String meta(RunResults results) {
        int strategies = results.strategies().size();
        int replications = results.replications();
        String finished = results.manifest().raw().path("finished").asText("");
        return strategies + (strategies == 1 ? " strategy, " : " strategies, ") + replications
                + (replications == 1 ? " replication" : " replications") + " each, "
                + Wording.week(results.horizonWeek()) + " weeks"
                + (finished.isEmpty() ? "" : "; run finished " + Wording.timestamp(finished));
    }

    /**
     * "Incomplete: 3 of 20 replications finished." and what that means, or "" for a complete run.
     * The counts come from the manifest (the simulator writes exactly the replications it holds).
     */
    static String incomplete(RunResults results) {
        RunManifest manifest = results.manifest();
        if (manifest.complete()) {
            return "";
        }
        String count = manifest.completedReplications().isPresent() && manifest.replications().isPresent()
                ? manifest.completedReplications().getAsInt() + " of " + manifest.replications().getAsInt()
                : results.replications() + " of an unknown number of";
        return "Incomplete: " + count + " replications finished. The figures cover only those; "
                + "finish the run with `rapport run SCENARIO --out FOLDER --resume` for the full results.";
    }

    /**
     * The objective's leader and how often it wins (no leader when every strategy ended equal in
     * every replication), every payback and break-even sentence, then each strategy whose budget cut its plan.
     */
    private static List<String> findings(HeadlineTable headline, ComparisonTable comparison,
                                         List<BreakEvenRow> breakEvens, Metric objective, boolean identical,
                                         double level,
                                         List<Payback> paybacks, List<PlanCut> cuts) {
        List<String> findings = new ArrayList<>();
        headline.rows().stream().filter(r -> r.metric().equals(objective.name())).findFirst()
                .ifPresent(row -> {
                    HeadlineCell leader = row.cells().stream()
                            .max(Comparator.comparingDouble(c -> c.interval().mean())).orElseThrow();
                    if (identical) {
                        // Equal in every replication: naming the first of equals would invent a winner.
                        findings.add("Every strategy ends with the same " + objective.inSentence() + " at week "
                                + Wording.week(headline.week()) + " in every replication: "
                                + objective.write(leader.interval().mean()) + ".");
                        return;
                    }
                    String sentence = leader.strategy() + " ends with the highest "
                            + objective.inSentence() + " at week " + Wording.week(headline.week()) + ": "
                            + Wording.withInterval(leader.interval(), objective, level) + ".";
                    List<String> wins = new ArrayList<>();
                    for (PairRow pair : comparison.pairs()) {
                        String a = pair.comparison().a();
                        String b = pair.comparison().b();
                        if (a.equals(leader.strategy())) {
                            wins.add(pair.probabilityABeatsB() + " of replications against " + b);
                        } else if (b.equals(leader.strategy())) {
                            wins.add(pair.probabilityBBeatsA() + " of replications against " + a);
                        }
                    }
                    findings.add(wins.isEmpty() ? sentence
                            : sentence + " It ends ahead in " + Wording.list(wins) + ".");
                });
        // Payback against doing nothing first: whether the money comes back at all, then which strategy overtakes which.
        paybacks.forEach(p -> findings.add(Wording.paybackSentence(p)));
        breakEvens.forEach(b -> findings.add(b.sentence()));
        // A plan that did not run in full qualifies every figure above it.
        cuts.forEach(c -> findings.add(Wording.planCutSentence(c)));
        return findings;
    }

    /** The findings, then where the spread comes from when the run had uncertain market values. */
    private static List<String> withUncertainty(List<String> findings, RunResults results, Metric objective) {
        List<String> out = new ArrayList<>(findings);
        UncertaintySentence.of(UncertaintyShares.read(results.folder()), objective, results.confidence()).ifPresent(out::add);
        return out;
    }

    private static List<StrategyView> strategies(ChartContext context) {
        List<StrategyView> views = new ArrayList<>();
        for (StrategyInfo s : context.results().strategies()) {
            views.add(new StrategyView(s.name(), s.kind().label(), s.brand(), s.description(),
                    s.budget().isPresent() ? context.results().currency().map(CurrencySymbol::prefix).orElse("")
                            + ValueFormat.CURRENCY.format(s.budget().getAsDouble()) : "",
                    context.palette().hex(s.name())));
        }
        return views;
    }

    private FigureView figure(Chart chart, boolean pdf) {
        // In the PDF, PdfCharts draws the chart where the template names it.
        return pdf
                ? new FigureView(chart.id(), chart.title(), chart.caption(), "")
                // The figure carries the chart's id; the svg inside it needs another.
                : new FigureView(chart.id(), chart.title(), chart.caption(),
                renderer.svg(chart.chart(), chart.id() + "-svg"));
    }

    private static List<ParameterRow> reproduce(JsonNode manifest) {
        List<ParameterRow> rows = new ArrayList<>();
        REPRODUCE.forEach((key, label) -> {
            if (manifest.has(key)) {
                String value = JsonFlattener.text(manifest.get(key));
                rows.add(new ParameterRow(label, TIMESTAMPS.contains(key) ? Wording.timestamp(value) : value));
            }
        });
        return rows;
    }

    private List<ParameterRow> rest(JsonNode manifest) {
        List<ParameterRow> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : manifest.properties()) {
            if (!REPRODUCE.containsKey(field.getKey()) && !SHOWN_ELSEWHERE.contains(field.getKey())) {
                flattener.rows(field.getValue()).forEach(r -> rows.add(new ParameterRow(
                        r.path().isEmpty() ? field.getKey()
                                : field.getKey() + (r.path().startsWith("[") ? "" : ".") + r.path(),
                        r.value())));
            }
        }
        return rows;
    }

    private static Map<String, String> orderedLabels(String... keysAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            labels.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }
}
