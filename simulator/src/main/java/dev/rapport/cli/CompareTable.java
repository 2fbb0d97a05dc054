package dev.rapport.cli;

import dev.rapport.experiment.PairedDifference;
import dev.rapport.experiment.PrecisionComparison;
import dev.rapport.scenario.Scenario;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The terminal table of {@code rapport compare}: why it stopped, then one line per pair of
 * strategies with the mean difference and its interval, the interval's width, both tests'
 * p-values and how often a beat b. comparison.csv holds the same numbers unrounded.
 */
final class CompareTable {
    private final Scenario scenario;
    private final PrecisionComparison.Result result;

    CompareTable(Scenario scenario, PrecisionComparison.Result result) {
        this.scenario = scenario;
        this.result = result;
    }

    void print(PrintWriter out) {
        int level = (int) Math.round(result.confidence() * 100);
        out.println(scenario.name() + ": " + result.objective() + " of " + result.focalBrand() + " at week "
                + ComparisonTable.fmt(result.horizonWeek()) + ", paired differences a - b (" + level + "% intervals)");
        PairedDifference widest = result.widest();
        String precision = ComparisonTable.fmt(result.settings().precision());
        if (result.stop() == PrecisionComparison.Stop.PRECISION_REACHED) {
            out.println("Precision reached: every interval is narrower than " + precision + " after "
                    + result.replications() + " replications (widest " + ComparisonTable.fmt(widest.ciWidth()) + ": "
                    + widest.a() + " - " + widest.b() + ")");
        } else {
            out.println("Precision NOT reached: stopped at the cap of " + result.replications()
                    + " replications; the widest interval is " + ComparisonTable.fmt(widest.ciWidth()) + " ("
                    + widest.a() + " - " + widest.b() + "), not below " + precision
                    + " (raise --max-replications, or ask for less precision)");
        }
        String format = "  %-14s %-14s %5s  %-30s %10s %9s %11s %13s%n";
        out.printf(Locale.ROOT, format, "a", "b", "n", "difference [" + level + "% interval]", "width", "t p",
                "Wilcoxon p", "P(a beats b)");
        for (PairedDifference d : result.differences()) {
            out.printf(Locale.ROOT, format, abbreviate(d.a()), abbreviate(d.b()), d.n(), difference(d),
                    d.ciWidth() == null ? "-" : ComparisonTable.fmt(d.ciWidth()), p(d.pairedTPValue()),
                    p(d.wilcoxonPValue()), String.format(Locale.ROOT, "%.2f", d.probabilityABeatsB()));
        }
        out.println("  (t: paired t-test; Wilcoxon: signed-rank test, exact up to 20 pairs; both two-sided)");
    }

    private static String difference(PairedDifference d) {
        String mean = ComparisonTable.fmt(d.meanDifference());
        return d.ciLow() == null ? mean
                : mean + " [" + ComparisonTable.fmt(d.ciLow()) + ", " + ComparisonTable.fmt(d.ciHigh()) + "]";
    }

    private static String p(Double p) {
        if (p == null) {
            return "-";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    private static String abbreviate(String s) {
        return s.length() <= 14 ? s : s.substring(0, 13) + "~";
    }
}
