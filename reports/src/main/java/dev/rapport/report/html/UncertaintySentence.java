package dev.rapport.report.html;

import dev.rapport.report.metrics.Metric;
import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.UncertaintyShares;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key finding of a run with uncertain market values: how much of the spread of the objective
 * across replications those values explain for each strategy, the rest being seed noise.
 */
final class UncertaintySentence {
    /** An interval wider than this says little: the sentence says so (as the terminal does). */
    private static final double NOISY_WIDTH = 0.5;

    private UncertaintySentence() {
    }

    /** @return the sentence, or empty when the run had no uncertain values */
    static Optional<String> of(List<UncertaintyShares.Share> shares, Metric objective, double level) {
        List<String> parts = new ArrayList<>();
        boolean noisy = false;
        for (UncertaintyShares.Share s : shares) {
            if (s.share().isEmpty()) {
                parts.add("unknown for " + s.strategy());
                continue;
            }
            String part = Wording.percent(s.share().getAsDouble()) + " for " + s.strategy();
            if (s.low().isPresent() && s.high().isPresent()) {
                part += " (" + Wording.level(level) + " CI " + Wording.percent(s.low().getAsDouble()) + "–"
                        + Wording.percent(s.high().getAsDouble()) + ")";
                noisy |= s.high().getAsDouble() - s.low().getAsDouble() > NOISY_WIDTH;
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The uncertain market values explain " + Wording.list(parts) + " of the spread of "
                + objective.inSentence() + " across replications; the rest is seed noise (uncertainty.csv)."
                + (noisy ? " Wide intervals mean too few replications to tell." : ""));
    }
}
