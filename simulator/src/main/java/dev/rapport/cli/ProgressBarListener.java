package dev.rapport.cli;

import dev.rapport.experiment.ProgressListener;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows progress on stderr: a live bar on a terminal (with the time left); in a log (CI, a pipe) a
 * line at each tenth with the time left at the pace so far, so that logs stay readable.
 */
final class ProgressBarListener implements ProgressListener {
    private final PrintWriter err;
    private ProgressBar bar;
    private int total;
    private int done;
    private int lastTenth;
    private long started;

    private final String runs;

    ProgressBarListener(PrintWriter err) {
        this(err, "strategies x replications");
    }

    /** @param runs what the runs are, as the log's first line says it: "points x strategies x replications" */
    ProgressBarListener(PrintWriter err, String runs) {
        this.err = err;
        this.runs = runs;
    }

    @Override
    public void start(int totalRuns) {
        total = totalRuns;
        started = System.nanoTime();
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("runs").setInitialMax(totalRuns)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed();
        if (System.console() != null) {
            builder.setConsumer(new ConsoleProgressBarConsumer(System.err));
            bar = builder.build();
        } else {
            err.println("running " + totalRuns + " runs (" + runs + ")");
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
            err.println("  " + done + "/" + total + " runs done" + left(System.nanoTime() - started));
            err.flush();
        }
    }

    /** ", about 1m 20s left" at the pace so far; nothing once every run is done. */
    private String left(long elapsedNanos) {
        if (done >= total || done == 0) {
            return "";
        }
        long seconds = Math.round(elapsedNanos / 1e9 * (total - done) / done);
        return ", about " + (seconds >= 60 ? seconds / 60 + "m " + seconds % 60 + "s" : seconds + "s") + " left";
    }

    @Override
    public void end() {
        if (bar != null) {
            bar.close();
        }
    }
}
