package dev.rapport.report.html;

import dev.rapport.report.table.BreakEvenRow;
import dev.rapport.report.table.ComparisonTable;
import dev.rapport.report.table.HeadlineTable;
import java.util.List;
import java.util.Map;

/**
 * Everything the report template shows, with every number already written out, so the template
 * only lays out.
 *
 * @param title              the page title
 * @param scenarioName       the scenario's name
 * @param meta               one line under the title: strategies, replications, horizon, when run
 * @param horizon            the horizon week, written out
 * @param pdf                true when laid out for PDF (images instead of inline SVG)
 * @param complete           false when some replications are missing (interrupted, failed or only
 *                           some asked for)
 * @param incomplete         for an incomplete run, the warning shown at the top ("Incomplete: 3 of
 *                           20 replications finished ..."); empty otherwise
 * @param failures           the failed runs the manifest lists, one sentence each
 * @param findings           the headline sentences
 * @param scenarioParagraphs the scenario in plain words
 * @param strategies         the strategies compared
 * @param colours            each strategy's colour, {@code #rrggbb}
 * @param headline           the metrics at the horizon with 95% intervals
 * @param comparison         the paired comparisons on the objective
 * @param breakEvens         the break-even weeks
 * @param figures            the charts, in order
 * @param parameters         {@code scenario.json}, flattened and grouped: every value, defaults included
 * @param given              the values the scenario file or {@code --set} gave, grouped the same way
 *                           (the appendix); every value when the folder cannot tell (no {@code scenario.yaml})
 * @param givenKnown         whether {@code given} holds only the values given (false: it is every value)
 * @param reproduce          the manifest fields a client needs to reproduce the run, labelled
 * @param manifest           the rest of {@code manifest.json}, flattened
 * @param footer             the line at the foot of the page
 */
public record ReportView(String title, String scenarioName, String meta, String horizon, boolean pdf, boolean complete,
                         String incomplete, List<String> failures, List<String> findings, List<String> scenarioParagraphs,
                         List<StrategyView> strategies, Map<String, String> colours,
                         HeadlineTable headline, ComparisonTable comparison,
                         List<BreakEvenRow> breakEvens, List<FigureView> figures,
                         List<ParameterGroup> parameters, List<ParameterGroup> given, boolean givenKnown,
                         List<ParameterRow> reproduce,
                         List<ParameterRow> manifest, String footer) {

    public ReportView {
        failures = List.copyOf(failures);
        findings = List.copyOf(findings);
        scenarioParagraphs = List.copyOf(scenarioParagraphs);
        strategies = List.copyOf(strategies);
        colours = Map.copyOf(colours);
        breakEvens = List.copyOf(breakEvens);
        figures = List.copyOf(figures);
        parameters = List.copyOf(parameters);
        given = List.copyOf(given);
        reproduce = List.copyOf(reproduce);
        manifest = List.copyOf(manifest);
    }
}
