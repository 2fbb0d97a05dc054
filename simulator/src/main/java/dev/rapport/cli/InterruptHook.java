package dev.rapport.cli;

import dev.rapport.experiment.StopSignal;
import java.time.Duration;

/**
 * Ctrl-C or SIGTERM during a long command. The JVM runs its shutdown hooks while the command's
 * own thread keeps going and halts as soon as they return, so the hook asks the command's
 * {@link StopSignal} to stop and waits, up to a grace period, until the command {@link #release}s
 * it with its files safe on disk (finished replications kept, scratch folders deleted).
 */
final class InterruptHook {
    private final StopSignal stop = new StopSignal();
    private final Thread thread;

    private InterruptHook(String name, Duration grace) {
        thread = new Thread(() -> {
            stop.request();
            stop.awaitFinished(grace);
        }, name);
    }

    /** Installs a hook that waits up to {@code grace} for the command to release it. */
    static InterruptHook install(String name, Duration grace) {
        InterruptHook hook = new InterruptHook(name, grace);
        Runtime.getRuntime().addShutdownHook(hook.thread);
        return hook;
    }

    /** The signal the command's work polls to stop early. */
    StopSignal signal() {
        return stop;
    }

    /** The command's files are safe: an interrupt may now let the JVM halt, and the hook goes. */
    void release() {
        stop.finished();
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook is running and will return.
        }
    }
}
