package dev.rapport.cli;

import dev.rapport.experiment.PairedDifference;
import dev.rapport.experiment.optimize.OptimizeOutcome;
import java.io.PrintWriter;
import java.util.Locale;

/** What {@code rapport optimize} prints: the best split, its objective against the scenario's strategies, the marginal returns. */
final class OptimizeTable {
    private final OptimizeOutcome outcome;

    OptimizeTable(OptimizeOutcome outcome) {
        this.outcome = outcome;
    }

    /** How a robust search scored plans, in words; empty without --robust. */
    private static String robust(dev.rapport.experiment.optimize.Robustness robust) {
        if (robust == null) {
            return "";
        }
        return switch (robust) {
            case MEAN -> ", robust: its mean over the uncertain draws";
            case WORST -> String.format(Locale.ROOT, ", robust: its %.0f%% quantile over the uncertain draws",
                    100 * dev.rapport.experiment.optimize.Robustness.WORST_QUANTILE);
            case REGRET -> String.format(Locale.ROOT, ", robust: least %.0f%% quantile of regret against the scenario's "
                    + "strategies over the uncertain draws", 100 * dev.rapport.experiment.optimize.Robustness.REGRET_QUANTILE);
        };
    }

    void print(PrintWriter out) {
        OptimizeOutcome.Settings s = outcome.settings();
        String chosen = outcome.pilot() == null ? "given"
                : String.format(Locale.ROOT, "chosen by a pilot: paired sd %s of a %s step", money(outcome.pilot().sdDifference()),
                        money(Math.abs(outcome.pilot().meanDifference())));
        out.printf(Locale.ROOT, "Best split of %s for %s%s after %d evaluations (%d replications each, %s):%n",
                money(s.budget()), s.objective(), robust(s.robust()), outcome.evaluations(), outcome.replications(), chosen);
        double spent = 0;
        for (int i = 0; i < outcome.variables().size(); i++) {
            double share = outcome.best()[i];
            spent += share;
            out.printf(Locale.ROOT, "  %-22s %6.1f%%  %10s%n", outcome.variables().get(i), 100 * share, money(share * s.budget()));
        }
        out.printf(Locale.ROOT, "  %-22s %6.1f%%  %10s%n", "unspent", 100 * Math.max(0, 1 - spent),
                money(Math.max(0, 1 - spent) * s.budget()));
        var e = outcome.bestEstimate();
        out.printf(Locale.ROOT, "%s of the best plan on %d fresh replications: %s [%s, %s]%n", s.objective(),
                outcome.replications(), money(e.mean()), money(e.ciLow()), money(e.ciHigh()));
        for (PairedDifference d : outcome.comparisons()) {
            out.printf(Locale.ROOT, "  optimized - %-12s %10s [%s, %s]  beats it in %.0f%% of replications%n", d.b(),
                    signed(d.meanDifference()), money(d.ciLow()), money(d.ciHigh()),
                    d.probabilityABeatsB() == null ? Double.NaN : 100 * d.probabilityABeatsB());
        }
        out.println("Marginal return at the optimum (incremental profit per unit of spend; response.csv has the curves):");
        for (OptimizeOutcome.ResponseRow row : outcome.response()) {
            if (row.optimum()) {
                out.printf(Locale.ROOT, "  %-22s %s%n", row.lever(),
                        row.marginalReturn() == null ? "unknown" : String.format(Locale.ROOT, "%+.2f", row.marginalReturn()));
            }
        }
    }

    private static String signed(Double v) {
        return v != null && v > 0 ? "+" + money(v) : money(v);
    }

    /** Money in the terminal's words: 31.37M, 412.5k. */
    static String money(Double v) {
        if (v == null || v.isNaN()) {
            return "unknown";
        }
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
