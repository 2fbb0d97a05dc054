package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Range;
import java.util.List;

/** The consumers: how many, and the segments they are drawn from. */
@Doc("Consumers and their segments.")
public record PopulationSpec(
        @Default("10000") @Range(min = 1, max = 100_000_000) @Doc("Number of consumers (one agent each).") int size,
        @Default("[{name: everyone}]") @Doc("Segments with their share of the population and parameter distributions; shares sum to 1; at most 256 segments.") List<SegmentSpec> segments) {

    /** Most segments: each consumer's segment is one byte. */
    public static final int MAX_SEGMENTS = 256;

    public PopulationSpec {
        segments = List.copyOf(segments);
    }
}
