package dev.rapport.model;

import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.Distribution;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.SegmentSpec;
import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * Creates the consumers of a replication: segment, sensitivities and values drawn from the
 * segment's distributions, value fit to each brand's purpose, and the starting stage with each
 * brand. Draws only from the generator it is given, which the model seeds from the replication
 * alone, so every strategy starts from the same people.
 */
final class Population {
    private Population() {
    }

    static Consumers create(Scenario scenario, MersenneTwisterFast rng) {
        int n = scenario.population().size();
        List<BrandSpec> brands = scenario.brands();
        int k = brands.size();
        Consumers c = new Consumers(n, k);
        List<SegmentSpec> segments = scenario.population().segments();
        double[] cumulative = new double[segments.size()];
        double acc = 0;
        for (int s = 0; s < segments.size(); s++) {
            acc += segments.get(s).share();
            cumulative[s] = acc;
        }
        int dims = brands.get(0).purpose().size();
        double maxDistance = Math.sqrt(dims);
        double[] values = new double[dims];
        double referencePrice = scenario.referencePrice();
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble() * acc;
            int s = 0;
            while (s < segments.size() - 1 && u >= cumulative[s]) {
                s++;
            }
            SegmentSpec seg = segments.get(s);
            c.segment[i] = (byte) s; // read back unsigned: up to 256 segments
            c.adSensitivity[i] = (float) draw(seg.adSensitivity(), rng);
            c.priceSensitivity[i] = (float) draw(seg.priceSensitivity(), rng);
            c.socialSensitivity[i] = (float) draw(seg.socialSensitivity(), rng);
            c.talkativeness[i] = (float) draw(seg.talkativeness(), rng);
            c.willingnessToPay[i] = (float) (referencePrice * draw(seg.willingnessToPay(), rng));
            for (int d = 0; d < dims; d++) {
                double v = seg.values().get(d) + seg.valuesSpread() * rng.nextGaussian();
                values[d] = Math.min(1, Math.max(0, v));
            }
            for (int b = 0; b < k; b++) {
                List<Double> purpose = brands.get(b).purpose();
                double d2 = 0;
                for (int d = 0; d < dims; d++) {
                    double diff = values[d] - purpose.get(d);
                    d2 += diff * diff;
                }
                c.fit[i * k + b] = (float) (1 - Math.sqrt(d2) / maxDistance);
            }
        }
        initialStages(scenario, c, rng);
        marketPotential(scenario.market().potential(), c, rng);
        return c;
    }

    /**
     * Who could ever buy in the category (Bass's market potential): everyone who starts with
     * experience of a brand, and each other consumer with the probability that makes the expected
     * share inside equal the potential. Draws nothing when the potential is 1, so such scenarios
     * keep exactly the consumers they had before the market had a potential.
     */
    private static void marketPotential(double potential, Consumers c, MersenneTwisterFast rng) {
        if (potential >= 1) {
            return;
        }
        int k = c.brands;
        boolean[] experienced = new boolean[c.size];
        int inside = 0;
        for (int i = 0; i < c.size; i++) {
            for (int b = 0; b < k && !experienced[i]; b++) {
                experienced[i] = Stage.experienced(c.stage[i * k + b]);
            }
            inside += experienced[i] ? 1 : 0;
        }
        double join = inside >= c.size ? 0 : Math.max(0, (potential * c.size - inside) / (c.size - inside));
        for (int i = 0; i < c.size; i++) {
            if (!experienced[i] && rng.nextDouble() >= join) {
                for (int b = 0; b < k; b++) {
                    c.flags[i * k + b] |= Consumers.OUT_OF_MARKET;
                }
            }
        }
    }

    /** Log-normal with the given mean and sd; the mean itself when sd is 0. */
    static double draw(Distribution d, MersenneTwisterFast rng) {
        if (d.sd() == 0 || d.mean() == 0) {
            return d.mean();
        }
        double sigma2 = Math.log(1 + (d.sd() * d.sd()) / (d.mean() * d.mean()));
        double mu = Math.log(d.mean()) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * rng.nextGaussian());
    }

    private static void initialStages(Scenario scenario, Consumers c, MersenneTwisterFast rng) {
        boolean awarenessOn = scenario.mechanisms().awareness().enabled();
        int k = c.brands;
        List<BrandSpec> brands = scenario.brands();
        for (int i = 0; i < c.size; i++) {
            // One draw decides which brand (if any) the consumer starts as a customer of, so the
            // starting customer bases of rival brands never overlap.
            double u = rng.nextDouble();
            double acc = 0;
            int customerOf = -1;
            for (int b = 0; b < k; b++) {
                acc += brands.get(b).initialCustomers();
                if (u < acc) {
                    customerOf = b;
                    break;
                }
            }
            for (int b = 0; b < k; b++) {
                int p = i * k + b;
                BrandSpec brand = brands.get(b);
                c.referencePrice[p] = (float) brand.price();
                double v = rng.nextDouble();
                double detractors = detractorsAmongOthers(brand);
                if (b == customerOf) {
                    makeInitialCustomer(c, p);
                } else if (v < detractors) {
                    c.stage[p] = Stage.DETRACTOR_CODE;
                } else if (!awarenessOn || v < detractors + brand.initialAwareness()) {
                    c.stage[p] = Stage.AWARE_CODE;
                } else {
                    c.stage[p] = Stage.UNAWARE_CODE;
                }
            }
        }
        for (int b = 0; b < k; b++) {
            for (int id : brands.get(b).initialCustomerIds()) {
                int active = c.activeBrand(id);
                if (active >= 0 && active != b) {
                    c.stage[id * k + active] = Stage.AWARE_CODE;
                }
                makeInitialCustomer(c, id * k + b);
            }
        }
    }

    /**
     * The chance that a consumer who does not start as the brand's customer starts as its
     * detractor, so that {@code initial_detractors} is a share of everyone, as documented:
     * customers and detractors are exclusive, and validation keeps their shares' sum at most 1.
     */
    private static double detractorsAmongOthers(BrandSpec brand) {
        double others = 1 - brand.initialCustomers();
        return others <= 0 ? 0 : Math.min(1, brand.initialDetractors() / others);
    }

    private static void makeInitialCustomer(Consumers c, int p) {
        c.stage[p] = Stage.CUSTOMER_CODE;
        c.acquiredTick[p] = 0;
        c.flags[p] |= Consumers.EVER_ACQUIRED;
        c.firstPurchaseWeek[p] = 0;
    }
}
