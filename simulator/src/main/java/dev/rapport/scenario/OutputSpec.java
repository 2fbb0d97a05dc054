package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Range;
import java.util.List;

/** What a run records and summarises. */
@Doc("What to record and summarise.")
public record OutputSpec(
        @Default("1") @Range(min = 0.0001, max = 5200) @Doc("Record the series every this many weeks (at least one tick).") double everyWeeks,
        @Range(min = 0, max = 5200) @Doc("Weeks at which summaries are given besides the horizon.") List<Double> checkpointsWeeks,
        @Default("cumulative_profit") @Doc("Metric that decides which strategy wins (higher is better).") String objective,
        @Doc("Brand whose outcomes the headline compares (default: the first brand).") String focalBrand,
        @Default("true") @Doc("Also run 'baseline': the focal brand with no plan and no spend, on the same random numbers, and measure every strategy against it (incremental profit, ROI, payback).") boolean baseline,
        @Default("0.95") @Range(min = 0.5, max = 0.999) @Doc("Confidence level of every interval in the summaries, the terminal table and the report.") double confidence) {

    public OutputSpec {
        focalBrand = DisplayNames.normalize(focalBrand);
        checkpointsWeeks = List.copyOf(checkpointsWeeks);
    }
}
