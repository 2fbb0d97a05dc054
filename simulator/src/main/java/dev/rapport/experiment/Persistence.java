package dev.rapport.experiment;

/**
 * What persists after spending stops, in one replication: the measures of {@code rapport
 * switch-off} on series over recorded weeks. Each takes the weeks, a series of the switched-off
 * run's excess over the do-nothing baseline's (same replication, same week), and the index of
 * week T, the last week with spending.
 */
final class Persistence {
    private Persistence() {
    }

    /**
     * Weeks after T until the excess first falls to half its value at T or below (the first
     * recorded week that does, no interpolation); {@link Double#POSITIVE_INFINITY} when it does
     * not within the series; NaN when there is no excess at T to halve (zero or below).
     */
    static double halfLife(double[] weeks, double[] excess, int at) {
        double start = excess[at];
        if (!(start > 0)) {
            return Double.NaN;
        }
        for (int i = at + 1; i < excess.length; i++) {
            if (excess[i] <= start / 2) {
                return weeks[i] - weeks[at];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The last week from T on at which the excess is still at or above {@code share} of its value
     * at T: how long what was earned keeps paying at that rate. {@link Double#POSITIVE_INFINITY}
     * when it still is at the end of the series (it pays beyond the horizon); NaN when there is no
     * excess at T (zero or below).
     */
    static double lastWeekAbove(double[] weeks, double[] excess, int at, double share) {
        double start = excess[at];
        if (!(start > 0)) {
            return Double.NaN;
        }
        double threshold = share * start;
        int last = at;
        for (int i = at + 1; i < excess.length; i++) {
            if (excess[i] >= threshold) {
                last = i;
            }
        }
        return last == excess.length - 1 ? Double.POSITIVE_INFINITY : weeks[last];
    }
}
