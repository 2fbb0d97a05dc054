package dev.rapport.report.table;

import dev.rapport.report.metrics.Wording;
import dev.rapport.report.stats.BreakEven;
import java.util.List;

/**
 * One break-even of the report's table, written out.
 *
 * @param breakEven   the numbers, as the break-even chart marks them
 * @param week        "61", "not within 156 weeks", or "none" when a break-even would mean nothing
 *                    (the challenger ahead from the start, a flat curve, or behind at the end)
 * @param ci          "54–70", "54 to after week 156" or "after week 156"
 * @param overtaking  "17 of 20"
 * @param sentence    the chart's caption, e.g. "Invest overtakes spend in cumulative profit in week 61 (95% CI 54–70)."
 */
public record BreakEvenRow(BreakEven breakEven, String week, String ci, String overtaking,
                           String sentence) {

    /** @return one row per break-even, in order */
    public static List<BreakEvenRow> of(List<BreakEven> breakEvens) {
        return breakEvens.stream().map(b -> new BreakEvenRow(b,
                b.overtakes() ? Wording.week(b.week())
                        : !b.meaningful() && b.week() != Double.POSITIVE_INFINITY ? "none"
                        : "not within " + Wording.week(b.horizonWeek()) + " weeks",
                b.overtakes() || b.week() == Double.POSITIVE_INFINITY ? Wording.breakEvenInterval(b) : "",
                b.replicationsOvertaking() + " of " + b.replications(),
                Wording.breakEvenSentence(b))).toList();
    }
}
