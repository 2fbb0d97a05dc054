package dev.rapport.experiment.analysis;

/**
 * PRIM's knobs, with the EMA Workbench's defaults in {@link #defaults()}.
 *
 * @param peelAlpha   the share of a box's points each peel removes, in (0, 0.5)
 * @param pasteAlpha  the share of a box's points each paste adds, in (0, 1)
 * @param minimumMass the smallest share of all points a box may hold (its minimum support), in [0, 1)
 * @param paste       whether to paste after peeling
 */
public record PrimSettings(double peelAlpha, double pasteAlpha, double minimumMass, boolean paste) {
    public PrimSettings {
        if (!(peelAlpha > 0 && peelAlpha < 0.5) || !(pasteAlpha > 0 && pasteAlpha < 1)
                || !(minimumMass >= 0 && minimumMass < 1)) {
            throw new IllegalArgumentException("PRIM needs a peel share in (0, 0.5), a paste share in (0, 1) and a "
                    + "minimum mass in [0, 1), not " + peelAlpha + ", " + pasteAlpha + " and " + minimumMass);
        }
    }

    /** Peel and paste 5% at a time, boxes of at least 5% of the points, pasting on. */
    public static PrimSettings defaults() {
        return new PrimSettings(0.05, 0.05, 0.05, true);
    }
}
