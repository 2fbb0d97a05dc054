package dev.rapport.report.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.ChartRenderer;
import dev.rapport.report.html.ExperimentView;
import dev.rapport.report.html.FigureView;
import dev.rapport.report.html.HtmlReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the report of an experiment's folder: reads what the kind of experiment wrote and lays it
 * out with the run report's style, charts inline as SVG with their captions.
 */
public final class ExperimentReport {
    private ExperimentReport() {
    }

    /** @return the page's HTML */
    public static String html(Path dir, ExperimentKind kind) {
        ExperimentFolder folder = new ExperimentFolder(dir, kind);
        ExperimentContent content = content(folder);
        ChartRenderer renderer = new ChartRenderer();
        // The figure carries the chart's id; the svg inside it needs another, as in the run report.
        List<FigureView> figures = content.charts().stream().map(c -> new FigureView(c.id(), c.title(), c.caption(),
                renderer.svg(c.chart(), c.id() + "-svg"))).toList();
        String name = folder.scenarioName();
        JsonNode manifest = folder.manifest();
        String version = manifest.path("rapport_version").asText("");
        return new HtmlReport().render(new ExperimentView(name + ": " + kind.label(), kind.label(), name,
                content.meta(), content.incomplete(), content.summary(), figures, content.table(),
                "Made with Rapport" + (version.isEmpty() ? "" : " " + version) + " from "
                        + dir.toAbsolutePath().normalize().getFileName() + " (" + kind.command() + ")."));
    }

    /** @return the experiment's charts, as its command draws them */
    public static List<Chart> charts(Path dir, ExperimentKind kind) {
        return content(new ExperimentFolder(dir, kind)).charts();
    }

    private static ExperimentContent content(ExperimentFolder folder) {
        return switch (folder.kind()) {
            case SENSITIVITY -> SensitivityPage.read(folder);
            case DISCOVERY -> DiscoveryPage.read(folder);
            case CALIBRATION -> CalibrationPage.read(folder);
            case OPTIMIZATION -> OptimizePage.read(folder);
            case SWEEP -> SweepPage.read(folder);
        };
    }
}
