package dev.rapport.experiment.calibrate;

import dev.rapport.experiment.Numbers;
import dev.rapport.experiment.points.Setting;
import dev.rapport.report.chart.CalibrationFitChart;
import dev.rapport.report.chart.Chart;
import dev.rapport.report.chart.ChartRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a finished calibration (docs/results-format.md): {@code calibration.csv} (each
 * value's estimate, interval and whether it is identified), {@code profile.csv}, {@code fit.csv}
 * (observed against simulated at the estimate), {@code trace.csv} (every candidate in order) and
 * {@code calibrated.yaml} (the scenario with the estimates written in), and {@code fit.png}, the
 * reports module's chart of observed against simulated.
 */
final class CalibrationFiles {
    static final String CALIBRATION_CSV = "calibration.csv";
    static final String PROFILE_CSV = "profile.csv";
    static final String FIT_CSV = "fit.csv";
    static final String TRACE_CSV = "trace.csv";
    static final String CALIBRATED_YAML = "calibrated.yaml";
    static final String CALIBRATION_JSON = "calibration.json";
    static final String FIT_PNG = "fit.png";

    private final CalibrationPlan plan;

    CalibrationFiles(CalibrationPlan plan) {
        this.plan = plan;
    }

    void write(Path dir, CalibrationOutcome outcome) {
        StringBuilder calibration = new StringBuilder("parameter,estimate,ci_low,ci_high,low,high,identified\n");
        StringBuilder profile = new StringBuilder("parameter,value,loss,within\n");
        for (Profile p : outcome.profiles()) {
            CalibrationPlan.Parameter q = p.parameter();
            calibration.append(String.join(",", q.path(), Numbers.format(p.estimate()), Numbers.format(p.low()),
                    Numbers.format(p.high()), Numbers.format(q.low()), Numbers.format(q.high()),
                    String.valueOf(p.identified()))).append('\n');
            for (Profile.Point point : p.points()) {
                profile.append(String.join(",", q.path(), Numbers.format(point.value()), Numbers.format(point.loss()),
                        String.valueOf(point.within(p.cut())))).append('\n');
            }
        }
        Evaluations.Evaluation best = outcome.best();
        StringBuilder fit = new StringBuilder("brand,metric,from_week,week,observed,simulated,simulated_sd\n");
        ObservedData data = plan.data();
        for (int i = 0; i < data.size(); i++) {
            Observation o = data.rows().get(i);
            fit.append(String.join(",", csvName(data.brands().get(o.brand())), o.metric().column(),
                    Numbers.format(o.from()), Numbers.format(o.week()), Numbers.format(o.value()),
                    Numbers.format(best.mean()[i]), Double.isNaN(best.sd()[i]) ? "" : Numbers.format(best.sd()[i])))
                    .append('\n');
        }
        StringBuilder trace = new StringBuilder("evaluation,phase");
        plan.parameters().forEach(p -> trace.append(',').append(p.path()));
        trace.append(",loss,best_loss\n");
        double lowest = Double.POSITIVE_INFINITY;
        for (Evaluations.Evaluation e : outcome.trace()) {
            lowest = Math.min(lowest, e.loss());
            trace.append(e.index()).append(',').append(e.phase());
            for (double v : e.values()) {
                trace.append(',').append(Numbers.format(v));
            }
            trace.append(',').append(Numbers.format(e.loss())).append(',').append(Numbers.format(lowest)).append('\n');
        }
        write(dir.resolve(CALIBRATION_CSV), calibration.toString());
        write(dir.resolve(PROFILE_CSV), profile.toString());
        write(dir.resolve(FIT_CSV), fit.toString());
        write(dir.resolve(TRACE_CSV), trace.toString());
        write(dir.resolve(CALIBRATED_YAML), calibratedScenario(outcome));
        // The reports module draws it from the table just written, as a report would.
        Chart chart = CalibrationFitChart.of(CalibrationFitChart.read(dir.resolve(FIT_CSV)));
        try {
            Files.write(dir.resolve(FIT_PNG), new ChartRenderer().png(chart.chart()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The scenario file with the estimates written in. The command's own {@code --set} overrides are
     * listed in the header, not written in: a shortened horizon, say, would make the file's plan
     * lines invalid, where as overrides they are cut to it.
     */
    String calibratedScenario(CalibrationOutcome outcome) {
        List<String> assignments = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("Calibrated by rapport calibrate from " + plan.scenario().sourceName() + " to " + plan.data().source()
                + " (strategy " + plan.strategy() + ").");
        for (Profile p : outcome.profiles()) {
            String set = new Setting(p.parameter().path(), p.estimate()).override();
            assignments.add(set);
            header.add(set + "   95% interval " + Numbers.format(p.low()) + " to " + Numbers.format(p.high())
                    + (p.identified() ? "" : "   NOT IDENTIFIED by the data: its value is the search's, not the data's"));
        }
        if (!plan.scenario().overrides().isEmpty()) {
            header.add("Calibrated with these overrides; run it with them too: --set "
                    + String.join(" --set ", plan.scenario().overrides()));
        }
        return ScenarioTree.withValues(plan.scenario().text(), assignments, header);
    }

    /** A brand name as the CSV files write names: a leading formula character quoted (docs/results-format.md). */
    private static String csvName(String name) {
        String out = name.isEmpty() ? name : "=+-@\t\r'".indexOf(name.charAt(0)) >= 0 ? "'" + name : name;
        return out.contains(",") || out.contains("\"") ? "\"" + out.replace("\"", "\"\"") + "\"" : out;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
