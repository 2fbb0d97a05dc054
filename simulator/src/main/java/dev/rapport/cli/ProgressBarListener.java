package dev.rapport.cli;

import dev.rapport.experiment.ProgressListener;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows progress on stderr: a live bar on a terminal; in a log (CI, a pipe) a line at each tenth,
 * so that logs stay readable.
 */
final class ProgressBarListener implements ProgressListener {
    private final PrintWriter err;
    private ProgressBar bar;
    private int total;
    private int done;
    private int lastTenth;

    ProgressBarListener(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void start(int totalRuns) {
        total = totalRuns;
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("runs").setInitialMax(totalRuns)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed();
        if (System.console() != null) {
            builder.setConsumer(new ConsoleProgressBarConsumer(System.err));
            bar = builder.build();
        } else {
            err.println("running " + totalRuns + " runs (strategies x replications)");
            err.flush();
            bar = null;
        }
    }

    @Override
    public void runFinished(String strategy, int replication) {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println("  " + done + "/" + total + " runs done");
            err.flush();
        }
    }

    @Override
    public void end() {
        if (bar != null) {
            bar.close();
        }
    }
}
