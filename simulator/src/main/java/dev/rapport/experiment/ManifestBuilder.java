package dev.rapport.experiment;

import dev.rapport.model.RunSpec;
import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.EdgeListData;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Builds the {@link Manifest} of one run of an {@link Experiment}: what was run is fixed when the
 * run starts, and each manifest written (at the start, and when the run ends) adds how far it got.
 */
public final class ManifestBuilder {
    private final LoadedScenario loaded;
    private final Scenario scenario;
    private final int threads;
    private final String version;
    private final String started;
    private final int replications;

    public ManifestBuilder(LoadedScenario loaded, int threads, String version, String started) {
        this(loaded, threads, version, started, loaded.scenario().replications());
    }

    /**
     * @param replications the replications the run makes, when not the scenario's own (a sweep's
     *                     {@code experiment.sweep.replications})
     */
    public ManifestBuilder(LoadedScenario loaded, int threads, String version, String started, int replications) {
        this.loaded = loaded;
        this.scenario = loaded.scenario();
        this.threads = threads;
        this.version = version;
        this.started = started;
        this.replications = replications;
    }

    /**
     * @param done     the replications the folder holds
     * @param failures the runs that threw
     * @param error    the unexpected error that stopped the run, or null
     */
    public Manifest build(boolean complete, Collection<Integer> done, List<RunFailure> failures, String error) {
        List<StrategySpec> strategies = scenario.effectiveStrategies();
        List<Long> seeds = IntStream.range(0, replications)
                .mapToObj(r -> new RunSpec(scenario, loaded.edges(), strategies.get(0), r).replicationSeed()).toList();
        List<Manifest.StrategyEntry> entries = strategies.stream().map(s -> new Manifest.StrategyEntry(s.name(),
                s.brand() != null ? s.brand() : scenario.focalBrand().name(), s.kind().name().toLowerCase(Locale.ROOT),
                s.description(), s.budget())).toList();
        String path = loaded.file() == null ? null : loaded.file().toAbsolutePath().normalize().toString();
        return new Manifest(version, System.getProperty("java.version"), loaded.sourceName(), path, scenario.name(),
                loaded.sha256(), scenario.seed(), replications, seeds, threads,
                scenario.time().tick().weeks(), scenario.ticks() * scenario.time().tick().weeks(),
                scenario.focalBrand().name(), scenario.outputs().objective(),
                scenario.brands().stream().map(BrandSpec::name).toList(), entries,
                loaded.edges().map(EdgeListData::sha256).orElse(null), loaded.overrides(), started,
                Instant.now().toString(), complete, List.copyOf(new TreeSet<>(done)), failures, error);
    }
}
