package dev.rapport.report.xlsx;

import dev.rapport.report.metrics.Wording;
import dev.rapport.report.stats.BreakEven;
import dev.rapport.report.stats.Payback;
import dev.rapport.report.table.BreakEvenRow;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * When the money comes back: each strategy's payback against the do-nothing baseline (when the run
 * has one) and each break-even between strategies, with the report's numbers and sentences. Their
 * intervals are percentiles of the replications' own weeks (a spread across replications, not an
 * interval of a mean), and the headers say so. A week not reached within the horizon is left empty,
 * the sentence beside it says what that means.
 */
final class BreakEvenSheets {

    /** The break-even sheet's name. */
    static final String BREAK_EVEN = "Break-even";
    /** The payback sheet's name. */
    static final String PAYBACK = "Payback";

    private BreakEvenSheets() {
    }

    static void breakEven(Workbook workbook, CellStyles styles, List<BreakEvenRow> rows, double level) {
        if (rows.isEmpty()) {
            return;
        }
        SheetWriter out = new SheetWriter(workbook.createSheet(BREAK_EVEN), styles);
        out.header(List.of("Challenger", "Overtakes", "Week (median of replications)", low(level), high(level),
                "Replications overtaking", "Replications", "In words"));
        for (BreakEvenRow row : rows) {
            BreakEven b = row.breakEven();
            out.row().text(b.challenger()).text(b.incumbent());
            if (b.overtakes()) {
                out.number(b.week(), styles.week());
            } else {
                out.text(row.week());
            }
            boolean spread = b.overtakes() || b.week() == Double.POSITIVE_INFINITY;
            out.number(spread ? b.ciLow() : Double.NaN, styles.week())
                    .number(spread ? b.ciHigh() : Double.NaN, styles.week())
                    .number(b.replicationsOvertaking(), styles.whole()).number(b.replications(), styles.whole())
                    .text(row.sentence());
        }
        out.fitColumns();
    }

    static void payback(Workbook workbook, CellStyles styles, List<Payback> paybacks, String baseline) {
        if (paybacks.isEmpty()) {
            return;
        }
        double level = paybacks.get(0).level();
        SheetWriter out = new SheetWriter(workbook.createSheet(PAYBACK), styles);
        out.header(List.of("Strategy", "Against", "Week (median of replications)", low(level), high(level),
                "Replications paying back", "Replications", "In words"));
        for (Payback p : paybacks) {
            out.row().text(p.strategy()).text(baseline);
            if (p.paysBack()) {
                out.number(p.week(), styles.week());
            } else {
                out.text("not within " + Wording.week(p.horizonWeek()) + " weeks");
            }
            out.number(p.ciLow(), styles.week()).number(p.ciHigh(), styles.week())
                    .number(p.replicationsPayingBack(), styles.whole()).number(p.replications(), styles.whole())
                    .text(Wording.paybackSentence(p));
        }
        out.fitColumns();
    }

    /** "Percentile 2.5 of replications" at 95%. */
    private static String low(double level) {
        return percentile((1 - level) / 2);
    }

    private static String high(double level) {
        return percentile((1 + level) / 2);
    }

    private static String percentile(double p) {
        String percent = Wording.level(p);
        return "Percentile " + percent.substring(0, percent.length() - 1) + " of replications";
    }
}
