package dev.rapport.experiment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) as the EMA Workbench uses it for
 * scenario discovery (Kwakkel 2017): find a box, a range on a few factors, where the points of
 * interest are concentrated.
 *
 * <p>Peeling: starting from the box around all points, each step considers, for every factor,
 * cutting off the {@code peelAlpha} share of the box's points with the lowest values, and the share
 * with the highest; it takes the cut with the largest gain in density per point removed (the EMA
 * Workbench's default objective, which copes with ties), preferring on equal gain a cut that
 * restricts no new factor. It stops when no cut raises the density or the next box would hold
 * less than {@code minimumMass} of the points. Pasting (optional) then grows the box back along
 * the factors it restricts, {@code pasteAlpha} of its points at a time, while that raises the
 * density. Every box on the way is kept, with its coverage and density.
 */
public final class Prim {
    private final double[][] x;
    private final boolean[] interest;
    private final PrimSettings settings;
    private final int n;
    private final int k;
    private final int totalInterest;
    private final double[] initialLow;
    private final double[] initialHigh;

    private Prim(double[][] x, boolean[] interest, PrimSettings settings) {
        this.x = x;
        this.interest = interest;
        this.settings = settings;
        this.n = x.length;
        this.k = x[0].length;
        int count = 0;
        for (boolean of : interest) {
            count += of ? 1 : 0;
        }
        this.totalInterest = count;
        this.initialLow = new double[k];
        this.initialHigh = new double[k];
        Arrays.fill(initialLow, Double.POSITIVE_INFINITY);
        Arrays.fill(initialHigh, Double.NEGATIVE_INFINITY);
        for (double[] point : x) {
            for (int j = 0; j < k; j++) {
                initialLow[j] = Math.min(initialLow[j], point[j]);
                initialHigh[j] = Math.max(initialHigh[j], point[j]);
            }
        }
    }

    /**
     * The peeling (and pasting) trajectory over some points.
     *
     * @param x        the points, n rows of k factors (not changed)
     * @param interest for each point, whether it is of interest
     */
    public static PrimTrajectory find(double[][] x, boolean[] interest, PrimSettings settings) {
        if (x.length == 0 || x.length != interest.length) {
            throw new IllegalArgumentException("PRIM needs points and one label per point, not " + x.length
                    + " points and " + interest.length + " labels");
        }
        for (double[] point : x) {
            if (point.length != x[0].length || point.length == 0) {
                throw new IllegalArgumentException("PRIM needs every point to have the same, positive number of factors");
            }
        }
        return new Prim(x, interest, settings).run();
    }

    /** {@link #find(double[][], boolean[], PrimSettings)} with {@link PrimSettings#defaults()}. */
    public static PrimTrajectory find(double[][] x, boolean[] interest) {
        return find(x, interest, PrimSettings.defaults());
    }

    /** A candidate box: its limits and the points inside. */
    private record Candidate(double[] low, double[] high, int[] inside, int interesting) {
        double density() {
            return inside.length == 0 ? 0 : (double) interesting / inside.length;
        }
    }

    private PrimTrajectory run() {
        List<PrimBox> boxes = new ArrayList<>();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Candidate box = new Candidate(initialLow.clone(), initialHigh.clone(), all, totalInterest);
        boxes.add(describe(0, box, false));
        while (true) {
            Candidate peeled = bestPeel(box);
            if (peeled == null) {
                break;
            }
            box = peeled;
            boxes.add(describe(boxes.size(), box, false));
        }
        while (settings.paste()) {
            Candidate pasted = bestPaste(box);
            if (pasted == null) {
                break;
            }
            box = pasted;
            boxes.add(describe(boxes.size(), box, true));
        }
        return new PrimTrajectory(boxes);
    }

    /** The best peel of a box, or null where none raises the density without going below the minimum mass. */
    private Candidate bestPeel(Candidate box) {
        int m = box.inside().length;
        int cut = Math.max(1, (int) Math.floor(settings.peelAlpha() * m));
        if (m - cut < settings.minimumMass() * n) {
            return null;
        }
        Candidate best = null;
        double bestGain = 0;
        int bestRestricted = Integer.MAX_VALUE;
        double[] values = new double[m];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < m; i++) {
                values[i] = x[box.inside()[i]][j];
            }
            Arrays.sort(values);
            for (boolean lowSide : new boolean[] {true, false}) {
                double[] low = box.low().clone();
                double[] high = box.high().clone();
                if (lowSide) {
                    low[j] = values[cut];
                } else {
                    high[j] = values[m - 1 - cut];
                }
                Candidate candidate = within(box.inside(), low, high);
                int removed = m - candidate.inside().length;
                if (removed == 0 || candidate.inside().length < settings.minimumMass() * n) {
                    continue;
                }
                double gain = (candidate.density() - box.density()) / removed;
                int restricted = restrictedCount(low, high);
                if (gain > bestGain || (gain == bestGain && best != null && restricted < bestRestricted)) {
                    best = candidate;
                    bestGain = gain;
                    bestRestricted = restricted;
                }
            }
        }
        return best;
    }

    /** The best paste of a box along a factor it restricts, or null where none raises the density. */
    private Candidate bestPaste(Candidate box) {
        int m = box.inside().length;
        int add = Math.max(1, (int) Math.floor(settings.pasteAlpha() * m));
        Candidate best = null;
        double bestGain = 0;
        for (int j = 0; j < k; j++) {
            for (boolean lowSide : new boolean[] {true, false}) {
                if (lowSide ? box.low()[j] <= initialLow[j] : box.high()[j] >= initialHigh[j]) {
                    continue;
                }
                // Points just outside this end of the box and inside all its other limits, nearest first.
                double[] outside = outsideAlong(box, j, lowSide);
                if (outside.length == 0) {
                    continue;
                }
                Arrays.sort(outside);
                double[] low = box.low().clone();
                double[] high = box.high().clone();
                int reach = Math.min(add, outside.length) - 1;
                if (lowSide) {
                    low[j] = outside[outside.length - 1 - reach];
                } else {
                    high[j] = outside[reach];
                }
                Candidate candidate = within(null, low, high);
                int added = candidate.inside().length - m;
                if (added <= 0) {
                    continue;
                }
                double gain = (candidate.density() - box.density()) / added;
                if (gain > bestGain) {
                    best = candidate;
                    bestGain = gain;
                }
            }
        }
        return best;
    }

    private double[] outsideAlong(Candidate box, int factor, boolean lowSide) {
        double[] found = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double value = x[i][factor];
            boolean beyond = lowSide ? value < box.low()[factor] : value > box.high()[factor];
            if (beyond && insideExcept(x[i], box.low(), box.high(), factor)) {
                found[count++] = value;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean insideExcept(double[] point, double[] low, double[] high, int skipped) {
        for (int j = 0; j < point.length; j++) {
            if (j != skipped && (point[j] < low[j] || point[j] > high[j])) {
                return false;
            }
        }
        return true;
    }

    /** The points (of {@code from}, or of all points when null) inside the limits. */
    private Candidate within(int[] from, double[] low, double[] high) {
        int size = from == null ? n : from.length;
        int[] inside = new int[size];
        int count = 0;
        int interesting = 0;
        for (int s = 0; s < size; s++) {
            int i = from == null ? s : from[s];
            if (insideExcept(x[i], low, high, -1)) {
                inside[count++] = i;
                interesting += interest[i] ? 1 : 0;
            }
        }
        return new Candidate(low, high, Arrays.copyOf(inside, count), interesting);
    }

    private int restrictedCount(double[] low, double[] high) {
        int count = 0;
        for (int j = 0; j < k; j++) {
            count += low[j] > initialLow[j] || high[j] < initialHigh[j] ? 1 : 0;
        }
        return count;
    }

    private PrimBox describe(int step, Candidate box, boolean pasted) {
        List<FactorLimits> limits = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            limits.add(new FactorLimits(j, box.low()[j], box.high()[j],
                    box.low()[j] > initialLow[j], box.high()[j] < initialHigh[j]));
        }
        double coverage = totalInterest == 0 ? 0 : (double) box.interesting() / totalInterest;
        return new PrimBox(step, limits, box.inside().length, box.interesting(), coverage, box.density(),
                (double) box.inside().length / n, pasted);
    }
}
