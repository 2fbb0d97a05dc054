package dev.rapport.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A JMH secondary result: consumer-ticks (agent-steps) done, which JMH reports as a rate next to
 * the primary ticks per second. A benchmark adds its consumers once per tick it times.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ConsumerTicks {
    /** Consumer-ticks stepped in the iteration; reported per second as {@code consumerTicks}. */
    public long consumerTicks;

    @Setup(Level.Iteration)
    public void clear() {
        consumerTicks = 0;
    }
}
