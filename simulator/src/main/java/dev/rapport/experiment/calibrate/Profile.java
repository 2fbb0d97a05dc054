package dev.rapport.experiment.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The profile of one fitted value: the loss with the value fixed at each point of a grid across its
 * range, the others re-fitted (or, with one value, nothing else to fit), and the 95% interval and
 * identification read off it against the loss's likelihood-ratio {@link Loss#cut}.
 *
 * @param points the grid's values with their profile loss, the estimate included, by value
 */
public record Profile(CalibrationPlan.Parameter parameter, double estimate, List<Point> points, double best, double cut,
               double low, double high, boolean identified) {

    /** A point of the profile: the value, its loss, and the other values it was re-fitted to. */
    public record Point(double value, double loss, double[] values) {
        public boolean within(double cut) {
            return loss <= cut;
        }
    }

    public Profile {
        points = List.copyOf(points);
    }

    /**
     * Reads the interval off a profile: from the estimate outwards, the last value whose loss is
     * within the cut, then linearly to where the loss crosses it on the way to the first value that
     * is not; an interval that reaches an end of the range stops there. The value is identified
     * unless every point of the grid is within the cut: a flat profile, which the data cannot tell
     * from the estimate anywhere in the range.
     *
     * @param best the lowest loss of the whole calibration
     */
    static Profile of(CalibrationPlan.Parameter parameter, double estimate, double estimateLoss, List<Point> grid,
                      double best, double cut) {
        TreeMap<Double, Point> byValue = new TreeMap<>();
        for (Point p : grid) {
            byValue.merge(p.value(), p, (a, b) -> a.loss() <= b.loss() ? a : b);
        }
        byValue.merge(estimate, new Point(estimate, estimateLoss, null), (a, b) -> a.loss() <= b.loss() ? a : b);
        List<Point> points = new ArrayList<>(byValue.values());
        int at = 0;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).value() == estimate) {
                at = i;
            }
        }
        double low = bound(points, at, -1, cut, parameter.low());
        double high = bound(points, at, +1, cut, parameter.high());
        boolean flat = points.stream().allMatch(p -> p.within(cut));
        return new Profile(parameter, estimate, points, best, cut, Math.min(low, estimate), Math.max(high, estimate), !flat);
    }

    private static double bound(List<Point> points, int from, int direction, double cut, double end) {
        int i = from;
        while (i + direction >= 0 && i + direction < points.size() && points.get(i + direction).within(cut)) {
            i += direction;
        }
        if (i + direction < 0 || i + direction >= points.size()) {
            return end;
        }
        Point inside = points.get(i);
        Point outside = points.get(i + direction);
        double rise = outside.loss() - inside.loss();
        double share = rise <= 0 ? 0 : Math.max(0, Math.min(1, (cut - inside.loss()) / rise));
        return inside.value() + share * (outside.value() - inside.value());
    }
}
