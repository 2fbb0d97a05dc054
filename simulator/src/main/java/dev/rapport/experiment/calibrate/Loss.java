package dev.rapport.experiment.calibrate;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * What a calibration minimises: the sum over observations of squared relative errors,
 * {@code Σ ((observed − simulated) / scale)²}, with {@code simulated} the mean over the replications
 * and {@code scale} the mean absolute observed value of the row's series (brand and metric), so
 * that series in different units (people, money) weigh alike and a series weighs by its number of
 * rows.
 *
 * <p>Read as a likelihood: errors independent and normal with one unknown variance on this scale
 * (noise in the observations, seed noise in the simulated mean, and the model's own misfit
 * together), the likelihood maximised over that variance is {@code −(n/2)·log(loss/n)} plus a
 * constant. A value is then inside the 95% profile-likelihood interval when
 * {@code n·log(loss/best) ≤ χ²₁(0.95) = 3.84}, i.e. {@code loss ≤ best·exp(3.84/n)}.
 *
 * <p>The loss is itself an estimate from a few replications, and the model's discrete events make
 * it rough even on common random numbers: a nudge of a rate can flip a purchase that cascades. So
 * the {@link #cut} adds twice the best candidate's Monte Carlo standard error (jackknife over its
 * replications): a value is excluded only when its loss is above the likelihood cut by more than
 * the seeds alone would move it.
 * Errors over time are not independent (a simulated path that runs high stays high), so the
 * intervals are conservative only as far as that holds; more periods narrow them.
 */
public final class Loss {
    /** The likelihood-ratio cut of a 95% interval for one parameter. */
    public static final double CHI_SQUARE_95 = new ChiSquaredDistribution(1).inverseCumulativeProbability(0.95);

    private final double[] observed;
    private final double[] scale;

    public Loss(ObservedData data) {
        this.observed = data.values();
        this.scale = new double[observed.length];
        List<String> series = new ArrayList<>();
        List<double[]> sums = new ArrayList<>();
        int[] group = new int[observed.length];
        for (int i = 0; i < observed.length; i++) {
            Observation o = data.rows().get(i);
            String key = o.brand() + "/" + o.metric();
            int g = series.indexOf(key);
            if (g < 0) {
                g = series.size();
                series.add(key);
                sums.add(new double[2]);
            }
            group[i] = g;
            sums.get(g)[0] += Math.abs(observed[i]);
            sums.get(g)[1]++;
        }
        for (int i = 0; i < observed.length; i++) {
            double mean = sums.get(group[i])[0] / sums.get(group[i])[1];
            // A series observed as all zeros has no scale of its own: its errors count in its units.
            scale[i] = mean > 0 ? mean : 1;
        }
    }

    /** The loss of a candidate whose replications gave {@code simulatedMean} per observation. */
    public double of(double[] simulatedMean) {
        double sum = 0;
        for (int i = 0; i < observed.length; i++) {
            double e = (observed[i] - simulatedMean[i]) / scale[i];
            sum += e * e;
        }
        return sum;
    }

    /** The observations the loss sums over. */
    public int n() {
        return observed.length;
    }

    /**
     * The largest loss inside a 95% profile-likelihood interval.
     *
     * @param best      the lowest loss
     * @param bestError its Monte Carlo standard error
     */
    public double cut(double best, double bestError) {
        return best * Math.exp(CHI_SQUARE_95 / observed.length) + 2 * bestError;
    }
}
