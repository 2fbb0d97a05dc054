package dev.rapport.report.testing;

import dev.rapport.report.chart.ChartContext;
import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.results.ResultsLoader;
import dev.rapport.report.results.RunResults;
import java.nio.file.Path;

/** Loads a synthetic results folder the way {@link dev.rapport.report.Reports} does. */
public final class Fixtures {

    private Fixtures() {
    }

    public static RunResults load(Path dir) {
        return new ResultsLoader(MetricCatalog.reported()).load(dir);
    }

    public static ChartContext context(Path dir) {
        return ChartContext.of(load(dir));
    }
}
