package dev.rapport.experiment.points;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The points of an experiment, by index: the values of its parameters, kept as one array of
 * numbers (8 bytes per point and parameter), each {@link Point} made when asked for, so that a
 * design of a million points costs megabytes, not a million objects.
 */
public final class PointSet implements Iterable<Point>, Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> paths;
    private final double[] values;

    /**
     * @param paths  the parameters' paths, in order
     * @param values point by point, each point's values in the order of {@code paths}
     */
    PointSet(List<String> paths, double[] values) {
        this.paths = List.copyOf(paths);
        if (paths.isEmpty() || values.length % paths.size() != 0) {
            throw new IllegalArgumentException(values.length + " values for " + paths.size() + " parameters");
        }
        this.values = values.clone();
    }

    /**
     * Points given by their values, for experiments that place their points themselves (an
     * optimiser's candidates) rather than from a design.
     */
    public static PointSet of(List<String> paths, double[] values) {
        return new PointSet(paths, values);
    }

    public int size() {
        return values.length / paths.size();
    }

    public List<String> paths() {
        return paths;
    }

    public Point get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("point " + index + " of " + size());
        }
        List<Setting> settings = new ArrayList<>(paths.size());
        for (int d = 0; d < paths.size(); d++) {
            settings.add(new Setting(paths.get(d), values[index * paths.size() + d]));
        }
        return new Point(index, settings);
    }

    @Override
    public Iterator<Point> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size();
            }

            @Override
            public Point next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }
}
