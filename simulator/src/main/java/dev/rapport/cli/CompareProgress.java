package dev.rapport.cli;

import dev.rapport.experiment.PairedDifference;
import dev.rapport.experiment.PrecisionComparison;
import dev.rapport.experiment.ProgressListener;
import java.io.PrintWriter;

/**
 * Shows a compare's progress on stderr: on a terminal each batch's runs as a bar, as {@code run}
 * shows them; then, on a terminal or in a log, a line per batch with the replications done and the
 * widest interval against the precision asked for (a log gets no per-run lines: a batch is short).
 */
final class CompareProgress implements PrecisionComparison.Progress {
    private final PrintWriter err;

    CompareProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public ProgressListener batch(int from, int to) {
        if (System.console() == null) {
            return ProgressListener.NONE;
        }
        err.println("replications " + from + "-" + (to - 1) + ":");
        err.flush();
        return new ProgressBarListener(err);
    }

    @Override
    public void measured(int replications, PairedDifference widest, double precision) {
        err.println("  " + replications + " replications: widest interval " + ComparisonTable.fmt(widest.ciWidth())
                + " (" + widest.a() + " - " + widest.b() + "), target below " + ComparisonTable.fmt(precision)
                + (widest.ciWidth() < precision ? ": reached" : ""));
        err.flush();
    }
}
