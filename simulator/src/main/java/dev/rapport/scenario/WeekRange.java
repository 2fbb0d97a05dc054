package dev.rapport.scenario;

import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Scalar;

/**
 * The weeks a lever runs, 1-based and inclusive: {@code 1-12}, {@code 5}, {@code 13-end} or
 * {@code all}. Week {@code w} covers simulated time (w − 1, w] in weeks; {@code end} is the
 * horizon.
 */
@Doc("weeks as 'FROM-TO' (1-based, inclusive), a single week, 'FROM-end' or 'all'")
public record WeekRange(int from, int to) implements Scalar {
    /** Stands for "to the horizon, whatever it is". */
    public static final int END = Integer.MAX_VALUE;

    public WeekRange {
        if (from < 1) {
            throw new IllegalArgumentException("weeks start at 1");
        }
        if (to < from) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static WeekRange all() {
        return new WeekRange(1, END);
    }

    public static WeekRange parse(String text) {
        String t = text.trim().toLowerCase();
        if (t.equals("all")) {
            return all();
        }
        try {
            int dash = t.indexOf('-', 1);
            if (dash < 0) {
                int w = Integer.parseInt(t);
                return new WeekRange(w, w);
            }
            int from = Integer.parseInt(t.substring(0, dash).trim());
            String rest = t.substring(dash + 1).trim();
            int to = rest.equals("end") ? END : Integer.parseInt(rest);
            return new WeekRange(from, to);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("write weeks like 1-12, 5, 13-end or all");
        }
    }

    /** Whether simulated time {@code t} (weeks, the end of a tick) falls in the range. */
    public boolean contains(double t) {
        double eps = 1e-9;
        return t > from - 1 + eps && t <= (to == END ? Double.MAX_VALUE : to) + eps;
    }

    /** Weeks covered up to a horizon, for budget arithmetic. */
    public double weeksWithin(double horizonWeeks) {
        double end = Math.min(to == END ? horizonWeeks : to, horizonWeeks);
        return Math.max(0, end - (from - 1));
    }

    /**
     * The weeks the range is in play in a run of {@code time}: the ticks whose end it contains
     * (as the model decides), times the tick length. With ticks of several weeks a range that
     * does not end on a tick plays fewer weeks than it names.
     */
    public double weeksPlayed(TimeSpec time) {
        double dt = time.tick().weeks();
        int ticks = (int) Math.round(time.horizonWeeks() / dt);
        int played = 0;
        for (int k = 1; k <= ticks; k++) {
            if (contains(k * dt)) {
                played++;
            }
        }
        return played * dt;
    }

    @Override
    public String toYaml() {
        if (from == 1 && to == END) {
            return "all";
        }
        if (to == END) {
            return from + "-end";
        }
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
