package dev.rapport.experiment;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A request to stop a run early, and the answer that the run has stopped. Ctrl-C and kill start
 * the JVM's shutdown hooks while the run's own thread keeps going; the hook {@link #request()}s
 * a stop and waits in {@link #awaitFinished(Duration)} until the run has put its finished
 * replications and an incomplete manifest on disk, since the JVM halts as soon as the hook returns.
 */
public final class StopSignal {
    private volatile boolean requested;
    private final CountDownLatch finished = new CountDownLatch(1);

    /** Asks the run to stop after writing what it has finished. */
    public void request() {
        requested = true;
    }

    public boolean isRequested() {
        return requested;
    }

    /** Called by the run's thread once its results (complete or not) are safely on disk. */
    public void finished() {
        finished.countDown();
    }

    /** Waits until {@link #finished()} or the timeout; true when the run finished in time. */
    public boolean awaitFinished(Duration timeout) {
        try {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The value of a run's {@code future} once it is done, or null when a stop is requested (or the
     * waiting thread interrupted) first; a run that threw is an {@link IllegalStateException}.
     */
    public <T> T await(Future<T> future) {
        while (true) {
            if (requested) {
                return null;
            }
            try {
                // Wakes up now and then to notice a stop: one run of a large scenario can take minutes.
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                throw new IllegalStateException("a run ended without a result", e.getCause());
            }
        }
    }
}
