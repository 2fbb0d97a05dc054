package dev.rapport.report.metrics;

import dev.rapport.report.stats.BreakEven;
import dev.rapport.report.stats.Interval;
import dev.rapport.report.stats.Payback;
import dev.rapport.report.stats.PlanCut;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The small pieces of English that captions and tables are made of: weeks, intervals, lists.
 * Strategy, brand and scenario names are written as the scenario writes them, even at the start
 * of a sentence: "all_community" is a name, and "All_community" would be no one's.
 * Kept in one place so a week or an interval is written the same way everywhere.
 */
public final class Wording {

    private Wording() {
    }

    /** @return a week number: {@code 61}, or {@code 12.5} when not whole */
    public static String week(double week) {
        return week == Math.rint(week) ? String.valueOf((long) week) : ValueFormat.SCORE.format(week);
    }

    /** @return {@code 95%} for 0.95, {@code 97.5%} for 0.975: a confidence level as people write it */
    public static String level(double level) {
        double percent = Math.round(level * 1000) / 10.0;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
    }

    /** @return {@code 1,234 (95% CI 1,100–1,370)}, at the confidence level {@code level} */
    public static String withInterval(Interval interval, ValueFormat format, double level) {
        return format.format(interval.mean()) + " (" + level(level) + " CI "
                + range(interval.low(), interval.high(), format) + ")";
    }

    /** @return {@code €31.46M (95% CI €31.17M–€31.75M)}: {@link #withInterval} in the metric's own words, money with its symbol */
    public static String withInterval(Interval interval, Metric metric, double level) {
        return metric.write(interval.mean()) + " (" + level(level) + " CI "
                + range(interval.low(), interval.high(), metric) + ")";
    }

    /** @return {@code €31.17M–€31.75M}: {@link #range(double, double, ValueFormat)} with money's symbol on both ends */
    public static String range(double low, double high, Metric metric) {
        String lowText = metric.write(low);
        String highText = metric.write(high);
        if (lowText.equals(highText)) {
            return lowText;
        }
        return lowText + (low < 0 || high < 0 ? " to " : "–") + highText;
    }

    /**
     * @return {@code 1,100–1,370}, {@code -6,438 to -6,162} when an end is negative (a dash between
     *         minus signs misreads), or a single value when both ends print the same
     */
    public static String range(double low, double high, ValueFormat format) {
        String lowText = format.format(low);
        String highText = format.format(high);
        if (lowText.equals(highText)) {
            return lowText;
        }
        return lowText + (low < 0 || high < 0 ? " to " : "–") + highText;
    }

    /** @return {@code a}, {@code a and b}, {@code a, b and c} */
    public static String list(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " and "
                    + items.get(items.size() - 1);
        };
    }

    /** @return a probability as a whole percentage, e.g. {@code 85%} */
    public static String percent(double probability) {
        return Math.round(probability * 100) + "%";
    }

    /**
     * @return "Invest overtakes spend in cumulative profit in week 61 (median of 20 replications; in
     *         95% of replications between week 54 and 70)." or, when it does not within the
     *         horizon, in how many replications it does. The range is the spread of the
     *         replications' own weeks, not a confidence interval of a mean: it is said as such.
     */
    public static String breakEvenSentence(BreakEven b) {
        if (!b.meaningful() && b.week() != Double.POSITIVE_INFINITY) {
            return b.challenger() + " does not overtake " + b.incumbent()
                    + " in cumulative profit: it is ahead from the start, or one of the two does not move"
                    + " or ends behind; there is no break-even week to state.";
        }
        if (b.overtakes()) {
            return b.challenger() + " overtakes " + b.incumbent()
                    + " in cumulative profit in week " + week(b.week()) + " (median of " + b.replications()
                    + " replications; " + weekSpread(b.ciLow(), b.ciHigh(), b.horizonWeek(), b.level()) + ").";
        }
        return b.challenger() + " does not overtake " + b.incumbent()
                + " in cumulative profit within the " + week(b.horizonWeek())
                + " weeks simulated; it does in " + b.replicationsOvertaking() + " of "
                + b.replications() + " replications.";
    }

    /** @return the break-even interval: "54–70", "54 to after week 156" or "after week 156" */
    public static String breakEvenInterval(BreakEven b) {
        return breakEvenInterval(b.ciLow(), b.ciHigh(), b.horizonWeek());
    }

    /**
     * @return "Invest pays back against the baseline in week 40 (median; in 95% of replications
     *         between week 35 and 47); 20 of 20 replications pay back within the 156 weeks." or "Spend does not pay back within the 156 weeks
     *         simulated; 0 of 20 replications do."
     */
    public static String paybackSentence(Payback p) {
        String share = p.replicationsPayingBack() + " of " + p.replications() + " replications";
        if (p.paysBack()) {
            return p.strategy() + " pays back against the baseline in week " + week(p.week()) + " (median; "
                    + weekSpread(p.ciLow(), p.ciHigh(), p.horizonWeek(), p.level()) + "); "
                    + share + " pay back within the " + week(p.horizonWeek()) + " weeks.";
        }
        return p.strategy() + " does not pay back within the " + week(p.horizonWeek())
                + " weeks simulated; " + share + " do.";
    }

    /**
     * @return "Spend ran out of budget in week 53 (median; 20 of 20 replications): 4 of its discount
     *         windows did not run and 62% of its planned lever money could be spent."
     */
    public static String planCutSentence(PlanCut p) {
        String share = p.replicationsUsedUp() + " of " + p.replications() + " replications";
        StringBuilder sb = new StringBuilder(p.strategy());
        if (p.usedUp()) {
            sb.append(" ran out of budget in week ").append(week(p.week()))
                    .append(p.replications() > 1 ? " (median; " + share + ")" : "");
        } else {
            sb.append(" ran out of budget within the horizon in ").append(share);
        }
        List<String> cut = new ArrayList<>();
        if (p.windowsMissed() > 0) {
            cut.add(p.windowsMissed() + " of its discount window" + (p.windowsMissed() == 1 ? "" : "s") + " did not run");
        }
        if (p.carriedOut() < 1) {
            double pct = 100 * p.carriedOut();
            // Never rounded up to 100% when some money could not be spent.
            cut.add((pct >= 99.5 ? String.format(Locale.ROOT, "%.1f", Math.floor(pct * 10) / 10)
                    : String.valueOf(Math.round(pct))) + "% of its planned lever money could be spent");
        }
        return sb + (cut.isEmpty() ? "." : ": " + list(cut) + ".");
    }

    /** @return a crossing-week interval: "54–70", "54 to after week 156" or "after week 156" */
    public static String breakEvenInterval(double ciLow, double ciHigh, double horizonWeek) {
        String horizon = "after week " + week(horizonWeek);
        if (Double.isInfinite(ciLow)) {
            return horizon;
        }
        String low = week(ciLow);
        if (Double.isInfinite(ciHigh)) {
            return low + " to " + horizon;
        }
        String high = week(ciHigh);
        return low.equals(high) ? low : low + "–" + high;
    }

    /**
     * The spread of the replications' own weeks (break-even or payback), said as a spread: "in 95%
     * of replications between week 54 and 70", "in 95% of replications in week 54", "in 95% of
     * replications from week 54 to after week 156" or "in 95% of replications after week 156".
     * Not a confidence interval: the interval of the mean week would be much narrower.
     */
    public static String weekSpread(double low, double high, double horizonWeek, double level) {
        String share = "in " + level(level) + " of replications ";
        String horizon = "after week " + week(horizonWeek);
        if (Double.isInfinite(low)) {
            return share + horizon;
        }
        if (Double.isInfinite(high)) {
            return share + "from week " + week(low) + " to " + horizon;
        }
        return low == high ? share + "in week " + week(low)
                : share + "between week " + week(low) + " and " + week(high);
    }

    private static final java.time.format.DateTimeFormatter READER_TIME =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH);

    /**
     * @return an ISO-8601 instant as a reader writes it, "26 November 2026, 09:07 UTC" (minutes,
     *         no seconds or nanoseconds); text that is no instant is returned as it is
     */
    public static String timestamp(String iso) {
        try {
            return READER_TIME.format(java.time.Instant.parse(iso).atZone(java.time.ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException e) {
            // A hand-edited or older manifest: show what it says rather than nothing.
            return iso;
        }
    }
}
