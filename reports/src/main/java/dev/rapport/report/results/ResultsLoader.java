package dev.rapport.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.ReportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a results folder into {@link RunResults}. The small JSON files are read and checked before
 * {@code series.csv} is streamed, so a missing file fails at once; files that disagree with the
 * manifest (another run's series, say) are refused ({@link ManifestAgreement}). Only the metrics asked for (and
 * the objective) are kept, and only for the brands that play a strategy.
 */
public final class ResultsLoader {

    private static final String DEFAULT_OBJECTIVE = "cumulative_profit";

    private final Set<String> metrics;

    /** @param metrics the metrics the report draws; the run's objective is always added */
    public ResultsLoader(Set<String> metrics) {
        this.metrics = Set.copyOf(metrics);
    }

    /**
     * @throws ReportException when the folder or a needed file is missing or malformed, or when the
     *                         series holds no strategy with data
     */
    public RunResults load(Path dir) {
        ResultsFolder folder = ResultsFolder.open(dir);
        Path seriesFile = folder.require(ResultsFolder.SERIES);
        JsonFiles json = new JsonFiles();
        RunManifest manifest = RunManifest.from(json.readObject(folder.require(ResultsFolder.MANIFEST)));
        JsonNode scenario = json.readObject(folder.require(ResultsFolder.SCENARIO));
        RunSummary summary = folder.optional(ResultsFolder.SUMMARY)
                .map(json::readObject).map(RunSummary::from).orElseGet(RunSummary::empty);
        ManifestAgreement agreement = new ManifestAgreement(folder, manifest);
        Optional<List<Integer>> held = agreement.replications();
        agreement.checkSummary(summary, manifest.horizonWeeks());
        agreement.checkScenario();

        String objective = manifest.objective().or(summary::objective).orElse(DEFAULT_OBJECTIVE);
        Optional<String> declaredFocal = manifest.focalBrand().or(summary::focalBrand);
        Set<String> keptMetrics = new HashSet<>(metrics);
        keptMetrics.add(objective);
        Set<String> playingBrands = new HashSet<>();
        manifest.strategies().forEach(s -> playingBrands.add(s.brand()));
        declaredFocal.ifPresent(playingBrands::add);
        SeriesTable series = new SeriesReader(keptMetrics::contains,
                b -> playingBrands.isEmpty() || playingBrands.contains(b)).read(seriesFile);
        agreement.checkSeries(seriesFile, series, held, manifest.horizonWeeks());

        String focalBrand = declaredFocal.orElse(series.brandsSeen().get(0));
        List<StrategyInfo> strategies = resolveStrategies(manifest, series, focalBrand);
        if (strategies.isEmpty()) {
            throw new ReportException(ReportException.Code.NO_DATA, seriesFile
                    + " has no rows for the strategies and brands in " + ResultsFolder.MANIFEST
                    + "; the files may come from different runs: run `rapport run` again",
                    seriesFile);
        }
        int horizonTick = horizonTick(series, strategies);
        if (horizonTick < 0) {
            throw new ReportException(ReportException.Code.NO_DATA,
                    seriesFile + " has no ticks for some strategy; the run may have stopped at once",
                    seriesFile);
        }
        return new RunResults(folder, manifest, summary, scenario, series, strategies, focalBrand,
                objective, horizonTick);
    }

    /** Manifest order and kinds for the strategies the series has; undeclared ones follow. */
    private static List<StrategyInfo> resolveStrategies(RunManifest manifest, SeriesTable series,
                                                        String focalBrand) {
        List<StrategyInfo> resolved = new ArrayList<>();
        for (StrategyInfo declared : manifest.strategies()) {
            if (series.strategies().contains(declared.name())) {
                resolved.add(declared.brand().isEmpty()
                        ? new StrategyInfo(declared.name(), focalBrand, declared.kind(),
                        declared.description(), declared.budget())
                        : declared);
            }
        }
        for (String name : series.strategies()) {
            if (resolved.stream().noneMatch(s -> s.name().equals(name))) {
                resolved.add(StrategyInfo.undeclared(name, focalBrand));
            }
        }
        return resolved.stream()
                .filter(s -> !series.metricsOf(s.name(), s.brand()).isEmpty())
                .toList();
    }

    /** @return the last tick that every kept series of every strategy reached */
    private static int horizonTick(SeriesTable series, List<StrategyInfo> strategies) {
        int ticks = series.ticks();
        for (StrategyInfo s : strategies) {
            for (String metric : series.metricsOf(s.name(), s.brand())) {
                ticks = Math.min(ticks, series.find(s.name(), s.brand(), metric)
                        .map(Replicates::ticks).orElse(ticks));
            }
        }
        return ticks - 1;
    }
}
