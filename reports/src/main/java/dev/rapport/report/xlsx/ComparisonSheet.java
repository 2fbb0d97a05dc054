package dev.rapport.report.xlsx;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.stats.PairedComparison;
import dev.rapport.report.table.ComparisonTable;
import dev.rapport.report.table.PairRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The report's comparisons on the objective at the horizon, paired over replications: each pair's
 * mean difference with its interval and how often each ends ahead, then the same shares as a
 * matrix (row strategy ends ahead of column strategy), as the HTML report's "who ends ahead" table.
 */
final class ComparisonSheet {

    /** The sheet's name. */
    static final String NAME = "Comparisons";

    private ComparisonSheet() {
    }

    static void write(Workbook workbook, CellStyles styles, ComparisonTable table, Metric objective, double level) {
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles);
        String ci = Wording.level(level) + " CI";
        out.header(List.of("Ahead (a)", "Behind (b)", "Metric", "Week", "Mean difference a − b",
                ci + " low", ci + " high", "Share of replications a ends ahead",
                "Share of replications b ends ahead", "Replications", "Source"));
        var money = styles.value(objective.format(), table.pairs().stream()
                .mapToDouble(p -> Math.max(Math.abs(p.comparison().difference().low()),
                        Math.abs(p.comparison().difference().high()))).filter(Double::isFinite).max().orElse(0));
        for (PairRow pair : table.pairs()) {
            PairedComparison c = pair.comparison();
            out.row().text(c.a()).text(c.b()).text(objective.label()).number(table.week(), styles.week())
                    .number(c.difference().mean(), money).number(c.difference().low(), money)
                    .number(c.difference().high(), money)
                    .number(c.probabilityABeatsB(), styles.probability())
                    .number(pair.reverse().probabilityABeatsB(), styles.probability())
                    .number(c.difference().n(), styles.whole())
                    .text(pair.fromSummary() ? "summary.json" : "computed from series.csv");
        }
        out.row();
        out.row().cell("Share of replications in which the row strategy ends ahead of the column strategy on "
                + objective.inSentence() + " at week " + Wording.week(table.week()), styles.title());
        List<String> columns = new ArrayList<>();
        columns.add("");
        columns.addAll(table.strategies());
        out.row();
        columns.forEach(name -> out.cell(name, styles.header()));
        for (String a : table.strategies()) {
            out.row().cell(a, styles.header());
            for (String b : table.strategies()) {
                if (a.equals(b)) {
                    out.skip();
                } else {
                    out.number(share(table, a, b), styles.probability());
                }
            }
        }
        out.fitColumns();
    }

    /** @return the share of replications in which {@code a} ends ahead of {@code b} */
    private static double share(ComparisonTable table, String a, String b) {
        for (PairRow pair : table.pairs()) {
            if (pair.comparison().a().equals(a) && pair.comparison().b().equals(b)) {
                return pair.comparison().probabilityABeatsB();
            }
            if (pair.comparison().a().equals(b) && pair.comparison().b().equals(a)) {
                return pair.reverse().probabilityABeatsB();
            }
        }
        return Double.NaN;
    }
}
