package dev.rapport.report.stats;

import dev.rapport.report.results.Replicates;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * A mean over time with its confidence band across replications, one {@link BandPoint} per
 * tick: what the "metric over time" charts draw.
 *
 * @param name   what the band describes, usually a strategy
 * @param points one point per tick, in tick order
 */
public record Band(String name, List<BandPoint> points) {

    public Band {
        points = List.copyOf(points);
    }

    /**
     * @param name       what the band describes
     * @param values     the replications
     * @param weekOfTick the week at the end of each tick
     * @param ticks      how many ticks to take, from tick 0
     * @param level      the confidence level of the band, e.g. 0.95
     */
    public static Band of(String name, Replicates values, IntToDoubleFunction weekOfTick, int ticks, double level) {
        int n = values.replications();
        double critical = n > 1 ? StudentT.critical(n, level) : 0;
        List<BandPoint> points = new ArrayList<>(ticks);
        for (int t = 0; t < ticks; t++) {
            Interval interval = Interval.withCritical(values.atTick(t), critical);
            points.add(new BandPoint(weekOfTick.applyAsDouble(t), interval.mean(), interval.low(),
                    interval.high()));
        }
        return new Band(name, points);
    }

    /** @return the last point */
    public BandPoint last() {
        return points.get(points.size() - 1);
    }
}
