package dev.rapport.model;

/**
 * Net Promoter Score from trust: trust in [0, 1] maps to the 0-10 recommendation scale by
 * rounding 10 x trust; 9-10 are promoters, 0-6 detractors (Reichheld 2003). A consumer in the
 * detractor stage counts as a detractor whatever their score.
 */
public final class Nps {
    private Nps() {
    }

    public static int score(double trust) {
        return (int) Math.max(0, Math.min(10, Math.round(10 * trust)));
    }

    public static boolean promoter(double trust) {
        return score(trust) >= 9;
    }

    public static boolean detractor(double trust) {
        return score(trust) <= 6;
    }

    /** NPS in [-100, 100]: percentage of promoters minus percentage of detractors. */
    public static double of(long promoters, long detractors, long respondents) {
        return respondents == 0 ? 0 : 100.0 * (promoters - detractors) / respondents;
    }
}
