package dev.rapport.cli;

import dev.rapport.experiment.SpreadShare;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The terminal's lines about the {@code uncertain:} values: for each strategy, how much of the
 * spread of the objective across replications they explain, and how much is seed noise.
 */
final class UncertaintyLines {
    private UncertaintyLines() {
    }

    static void print(List<SpreadShare> shares, double confidence, PrintWriter out) {
        List<SpreadShare> own = shares.stream().filter(s -> s.versus() == null).toList();
        if (own.isEmpty()) {
            return;
        }
        int width = own.stream().mapToInt(s -> s.strategy().length()).max().orElse(8);
        out.println("Spread of " + own.get(0).metric() + " across replications from the uncertain values (the rest is seed noise; uncertainty.csv):");
        for (SpreadShare s : own) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", s.strategy(), describe(s, confidence));
        }
    }

    static String describe(SpreadShare s, double confidence) {
        if (s.shareParameters() == null) {
            return s.n() < 2 ? "unknown (fewer than 2 replications)" : "unknown (no spread at all)";
        }
        String text = String.format(Locale.ROOT, "%s from the uncertain values, %s seed noise (%s interval %s to %s)",
                percent(s.shareParameters()), percent(1 - s.shareParameters()), percent(confidence),
                percent(s.shareLow()), percent(s.shareHigh()));
        return s.noisy() ? text + "; noisy: run more replications" : text;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
