package dev.rapport.gui;

import dev.rapport.model.Metric;
import dev.rapport.model.Stage;
import dev.rapport.report.chart.SeriesColours;
import dev.rapport.report.chart.StrategyPalette;
import dev.rapport.report.results.StrategyInfo;
import dev.rapport.report.results.StrategyKind;
import dev.rapport.scenario.BrandSpec;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The report's colours, taken from the reports module (which the simulator already depends on):
 * stages in its funnel colours, brands in its strategy palette, the played brand in its
 * strategy's colour (invest bluish green, spend vermillion) and rivals in the colours left.
 */
final class Colours {
    private static final Color[] STAGES = new Color[Stage.values().length];

    static {
        for (Stage stage : Stage.values()) {
            // The stages' metrics come first in Metric, in stage order (unaware .. detractors).
            STAGES[stage.ordinal()] = SeriesColours.FUNNEL.get(Metric.values()[stage.ordinal()].column());
        }
    }

    private Colours() {
    }

    /** The funnel colour of {@code stage}. */
    static Color of(Stage stage) {
        return STAGES[stage.ordinal()];
    }

    /** One colour per brand, in scenario order. */
    static List<Color> brands(Scenario scenario, StrategySpec played, int playedBrand) {
        List<StrategyInfo> infos = new ArrayList<>();
        List<BrandSpec> brands = scenario.brands();
        for (int b = 0; b < brands.size(); b++) {
            StrategyKind kind = b == playedBrand ? StrategyKind.valueOf(played.kind().name()) : StrategyKind.OTHER;
            infos.add(new StrategyInfo(brands.get(b).name(), brands.get(b).name(), kind, "", OptionalDouble.empty()));
        }
        StrategyPalette palette = StrategyPalette.of(infos);
        return brands.stream().map(b -> palette.colour(b.name())).toList();
    }
}
