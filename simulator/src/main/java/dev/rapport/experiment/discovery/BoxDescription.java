package dev.rapport.experiment.discovery;

import dev.rapport.experiment.Numbers;
import dev.rapport.experiment.analysis.FactorLimits;
import dev.rapport.experiment.analysis.PrimBox;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A PRIM box in words: the limits it puts on the parameters it restricts, by their paths, e.g.
 * "word_of_mouth.trial_rate >= 0.031 and 0.4 <= market.potential <= 0.6"; "anywhere" for the box
 * around all the points.
 */
final class BoxDescription {
    private BoxDescription() {
    }

    static String of(PrimBox box, List<String> paths) {
        List<String> parts = new ArrayList<>();
        for (FactorLimits f : box.restrictions()) {
            String path = paths.get(f.factor());
            if (f.restrictsLow() && f.restrictsHigh()) {
                parts.add(round(f.low()) + " <= " + path + " <= " + round(f.high()));
            } else if (f.restrictsLow()) {
                parts.add(path + " >= " + round(f.low()));
            } else {
                parts.add(path + " <= " + round(f.high()));
            }
        }
        return parts.isEmpty() ? "anywhere" : String.join(" and ", parts);
    }

    /** Three significant digits: a limit lies between two sampled points, so more would be false precision. */
    private static String round(double v) {
        return v == 0 ? "0" : Numbers.format(new BigDecimal(v).round(new MathContext(3)).doubleValue());
    }
}
