package dev.rapport.report.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.ReportException;
import dev.rapport.report.ReportFormat;
import dev.rapport.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport report} on an experiment's folder: from a small known set of the tables each
 * experiment writes, the page names the kind, states the headline computed from them, and holds
 * one inline SVG per chart the experiment draws, each in a figure with its caption, and the main
 * table; no request leaves the page.
 */
class ExperimentReportTest {

    @TempDir
    Path dir;

    private static final String MANIFEST = """
            {"rapport_version": "0.9.0", "scenario_name": "Acme launch", "finished": "2026-11-26T10:00:00Z"}
            """;

    private Path folder(String name, String... namesAndTexts) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("manifest.json"), MANIFEST);
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return folder;
    }

    private static String sweepJson(String design, int points, int replications) {
        return "{\"design\": \"" + design + "\", \"points\": " + points + ", \"replications\": " + replications
                + ", \"parameters\": [{\"path\": \"market.potential\", \"low\": 0.2, \"high\": 0.8},"
                + " {\"path\": \"mechanisms.word_of_mouth.trial_rate\", \"low\": 0.01, \"high\": 0.04}],"
                + " \"strategies\": [\"spend\", \"invest\"], \"runs\": " + points * replications * 2
                + ", \"runs_finished\": " + points * replications * 2 + ", \"complete\": true, \"failures\": []}";
    }

    private String report(Path folder) throws IOException {
        Path out = Reports.writeReport(folder, ReportFormat.HTML);
        assertEquals(folder.resolve("report.html"), out);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(Reports.isReport(out, ReportFormat.HTML), "marked as Rapport's");
        assertTrue(html.contains("<h1>Acme launch</h1>"), "the scenario's name as the title");
        assertTrue(!Pattern.compile("(src|href)=['\"]?(https?:)?//").matcher(html).find(), "no request leaves the page");
        assertTrue(!Pattern.compile("url\\((['\"])?(https?:)?//").matcher(html).find(), "no request leaves the page");
        return html;
    }

    /** The ids of the figures, each holding exactly one inline SVG and a caption. */
    private static List<String> figures(String html) {
        Matcher m = Pattern.compile("<figure id=\"([^\"]+)\" class=\"chart\">(.*?)</figure>", Pattern.DOTALL).matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            String body = m.group(2);
            assertEquals(1, body.split("<svg", -1).length - 1, "one inline svg in " + m.group(1));
            assertTrue(body.contains("<figcaption>") && !body.contains("<figcaption></figcaption>"), "a caption");
            ids.add(m.group(1));
        }
        assertEquals(ids.size(), html.split("<svg", -1).length - 1, "every svg in a figure");
        return ids;
    }

    @Test
    void aSobolAnalysisRanksItsParametersWithTheirIntervals() throws IOException {
        Path folder = folder("sobol", "sensitivity.csv", """
                        method,parameter,statistic,value,ci_low,ci_high
                        sobol,market.potential,first_order,0.55,0.5,0.6
                        sobol,market.potential,total,0.62,0.55,0.7
                        sobol,mechanisms.word_of_mouth.trial_rate,first_order,0.2,0.1,0.3
                        sobol,mechanisms.word_of_mouth.trial_rate,total,0.3,0.2,0.4
                        """,
                "sensitivity.json", "{\"method\": \"sobol\", \"strategy\": \"invest\", \"objective\": \"cumulative_profit\","
                        + " \"complete\": true}",
                "sweep.json", sweepJson("saltelli", 32, 2));

        String html = report(folder);

        assertTrue(html.contains("Sobol indices sensitivity of cumulative_profit under invest to 2 parameters over 128 runs"
                + " (32 points × 2 replications × 2 strategies, design saltelli). Ranked by total Sobol index (share of"
                + " the variance, with interactions), most important first: market.potential 0.6200 (0.5500 to 0.7000)"
                + " and mechanisms.word_of_mouth.trial_rate 0.3000 (0.2000 to 0.4000)."), html);
        assertEquals(List.of("sensitivity-sobol"), figures(html));
        assertTrue(html.contains("<td>market.potential</td>"), "the table has a row per parameter");
        assertTrue(html.contains("Rapport experiment report: sensitivity analysis"));
    }

    @Test
    void aTornadoNamesTheLargestSwingFirst() throws IOException {
        Path folder = folder("oat", "sensitivity.csv", """
                        method,parameter,statistic,value,ci_low,ci_high
                        oat,market.potential,objective_at_base,100,,
                        oat,market.potential,objective_at_low,60,,
                        oat,market.potential,objective_at_high,170,,
                        oat,market.potential,swing,110,,
                        oat,brands[acme].price,objective_at_base,100,,
                        oat,brands[acme].price,objective_at_low,110,,
                        oat,brands[acme].price,objective_at_high,95,,
                        oat,brands[acme].price,swing,15,,
                        """,
                "sensitivity.json", "{\"method\": \"oat\", \"strategy\": \"spend\", \"objective\": \"members\"}",
                "sweep.json", sweepJson("one_at_a_time", 5, 1));

        String html = report(folder);

        assertTrue(html.contains("Ranked by swing (objective at its high minus at its low), most important first: "
                + "market.potential 110 and brands[acme].price 15."), html);
        assertEquals(List.of("sensitivity-tornado"), figures(html));
    }

    @Test
    void aDiscoveryStatesTheBoxSentence() throws IOException {
        Path folder = folder("discover", "discovery.csv", """
                        step,points,of_interest,coverage,density,mass,pasted,chosen,box
                        0,40,12,1,0.3,1,false,false,anywhere
                        1,20,10,0.8333333333333334,0.5,0.5,false,false,market.potential >= 0.5
                        2,12,11,0.9166666666666666,0.9166666666666666,0.3,true,true,market.potential >= 0.45
                        """,
                "discovery.json", "{\"a\": \"invest\", \"b\": \"spend\", \"objective\": \"cumulative_profit\","
                        + " \"minimum_density\": 0.8, \"finding\": \"invest beats spend in 92% of futures where"
                        + " market.potential >= 0.45 (11 of the 12 futures of interest).\"}",
                "sweep.json", sweepJson("latin_hypercube", 40, 2));

        String html = report(folder);

        assertTrue(html.contains("Scenario discovery of where invest beats spend on cumulative_profit, over futures varying"
                + " market.potential and mechanisms.word_of_mouth.trial_rate: 160 runs (40 points × 2 replications × 2"
                + " strategies, design latin_hypercube). invest beats spend in 92% of futures where market.potential"
                + " &gt;= 0.45"), html);
        assertEquals(List.of("discovery-peeling"), figures(html));
        assertTrue(html.contains("<td class=\"num\">92%</td>"), "the chosen box's density in the table");
    }

    @Test
    void aDiscoveryDrawsItsBoxAmongTheFutures() throws IOException {
        // Four futures: invest wins where market.potential >= 0.5 (points 2 and 3), and the box says so.
        StringBuilder points = new StringBuilder(
                "point,market.potential,mechanisms.word_of_mouth.trial_rate,strategy,metric,n,mean,sd,ci_low,ci_high\n");
        double[][] futures = {{0.2, 0.01, 100, 150}, {0.4, 0.03, 120, 130}, {0.6, 0.02, 200, 150}, {0.8, 0.04, 260, 170}};
        for (int p = 0; p < futures.length; p++) {
            double[] f = futures[p];
            points.append(String.format(java.util.Locale.ROOT, "%d,%s,%s,invest,cumulative_profit,2,%s,1,%s,%s%n", p, f[0],
                    f[1], f[2], f[2] - 1, f[2] + 1));
            points.append(String.format(java.util.Locale.ROOT, "%d,%s,%s,spend,cumulative_profit,2,%s,1,%s,%s%n", p, f[0],
                    f[1], f[3], f[3] - 1, f[3] + 1));
        }
        Path folder = folder("discover", "discovery.csv", """
                        step,points,of_interest,coverage,density,mass,pasted,chosen,box
                        0,4,2,1,0.5,1,false,false,anywhere
                        1,2,2,1,1,0.5,false,true,market.potential >= 0.5
                        """,
                "discovery.json", "{\"a\": \"invest\", \"b\": \"spend\", \"objective\": \"cumulative_profit\"}",
                "box.csv", """
                        step,parameter,low,high,restricts_low,restricts_high
                        1,market.potential,0.5,0.8,true,false
                        1,mechanisms.word_of_mouth.trial_rate,0.01,0.04,false,false
                        """,
                "points.csv", points.toString(),
                "sweep.json", sweepJson("latin_hypercube", 4, 2));

        String html = report(folder);

        assertEquals(List.of("discovery-peeling", "discovery-box"), figures(html));
        var box = ExperimentReport.charts(folder, ExperimentKind.DISCOVERY).get(1);
        var data = box.chart().getXYPlot().getDataset();
        assertEquals("futures where invest beats spend", data.getSeriesKey(0));
        assertEquals(2, data.getItemCount(0), "the two futures where invest wins");
        assertEquals(0.6, data.getXValue(0, 0), 0, "on the restricted parameter's axis");
        assertEquals(0.02, data.getYValue(0, 0), 0, "and the next parameter's");
        assertEquals(2, data.getItemCount(1));
        var rectangle = (org.jfree.chart.annotations.XYBoxAnnotation) box.chart().getXYPlot().getAnnotations().get(0);
        assertEquals(0.5, boxCorner(rectangle, "x0"), 0, "the box starts at its limit");
        assertEquals(0.8, boxCorner(rectangle, "x1"), 0, "and runs to the futures' edge where it does not restrict");
        assertEquals("The box holds 2 of the 2 futures where invest beats spend (coverage 100%); 100% of the futures "
                + "inside it are such futures (density).", box.caption());
    }

    private static double boxCorner(org.jfree.chart.annotations.XYBoxAnnotation box, String field) {
        try {
            var f = org.jfree.chart.annotations.XYBoxAnnotation.class.getDeclaredField(field);
            f.setAccessible(true);
            return f.getDouble(box);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anOptimisationGivesTheBestPlanAndItsObjectiveWithItsInterval() throws IOException {
        Path folder = folder("optimize",
                "trace.csv", """
                        evaluation,advertising,community,spent_share,objective,best_so_far
                        1,0.5,0.5,1,1000,1000
                        2,0.7,0.3,1,1500,1500
                        3,0.6,0.4,1,1200,1500
                        """,
                "response.csv", """
                        lever,spend,incremental_profit,ci_low,ci_high,optimum,marginal_return
                        advertising,0,0,,,false,
                        advertising,700,1500,1400,1600,true,2.5
                        community,0,100,,,false,
                        community,300,1500,1400,1600,true,1.2
                        """,
                "optimize.json", """
                        {"complete": true, "objective": "cumulative_profit", "levers": ["advertising", "community"],
                         "periods": 1, "budget": 1000, "evaluations": 3, "replications": 5,
                         "best_shares": {"advertising": 0.7, "community": 0.3}, "best_objective_search": 1500,
                         "best_objective_fresh": {"mean": 1450, "sd": 50, "ci_low": 1400, "ci_high": 1500},
                         "comparisons": [{"metric": "cumulative_profit", "a": "optimized", "b": "spend", "n": 5,
                                          "mean_difference": 250, "ci_low": 200, "ci_high": 300}]}
                        """);

        String html = report(folder);

        assertTrue(html.contains("The best plan puts advertising 70.0% and community 30.0% of the budget and makes"
                + " cumulative_profit of 1,450 (1,400 to 1,500) on fresh replications. It differs from spend by 250"
                + " (200 to 300)"), html);
        assertEquals(List.of("optimize-trace", "optimize-response"), figures(html));
        assertTrue(html.contains("<td class=\"num\">70.0%</td>"), "the best plan's shares in the table");
    }

    @Test
    void anOptimisationWritesMoneyWithTheMarketsCurrencySymbol() throws IOException {
        Path folder = folder("optimize",
                "scenario.json", "{\"market\": {\"currency\": \"EUR\"}}",
                "trace.csv", """
                        evaluation,advertising,community,spent_share,objective,best_so_far
                        1,0.75,0.25,1,1000,1000
                        """,
                "response.csv", """
                        lever,spend,incremental_profit,ci_low,ci_high,optimum,marginal_return
                        advertising,900000,1500,1400,1600,true,2.5
                        community,300000,1500,1400,1600,true,1.2
                        """,
                "optimize.json", """
                        {"complete": true, "objective": "cumulative_profit", "levers": ["advertising", "community"],
                         "periods": 1, "budget": 1200000, "evaluations": 3, "replications": 5,
                         "best_shares": {"advertising": 0.75, "community": 0.25}}
                        """);

        String html = report(folder);

        assertTrue(html.contains("a budget of €1.2M across advertising and community"), html);
        assertTrue(html.contains("€900k") && html.contains("€300k"), "each variable's money in the table");
    }

    @Test
    void aCalibrationGivesEachFittedValueWithItsIntervalAndFlagsWhatTheDataCannotPinDown() throws IOException {
        Path folder = folder("calibrate",
                "calibration.csv", """
                        parameter,estimate,ci_low,ci_high,low,high,identified
                        market.potential,0.5,0.45,0.55,0.1,0.9,true
                        mechanisms.advertising.cost_per_thousand,12,5,30,5,30,false
                        """,
                "fit.csv", """
                        brand,metric,from_week,week,observed,simulated,simulated_sd
                        acme,customers,0,52,100,104,3
                        acme,customers,52,104,180,176,4
                        """,
                "calibration.json", "{\"data\": \"observed.csv\", \"observations\": 2, \"method\": \"cmaes\","
                        + " \"replications\": 4, \"evaluations_used\": 30, \"best_loss\": 0.01, \"complete\": true}");

        String html = report(folder);

        assertTrue(html.contains("Fitted values with their 95% profile intervals: market.potential = 0.5000 (0.4500 to"
                + " 0.5500) and mechanisms.advertising.cost_per_thousand = 12 (5 to 30) NOT IDENTIFIED. The data cannot"
                + " pin down mechanisms.advertising.cost_per_thousand (a flat profile): do not plan on it."), html);
        assertEquals(List.of("calibration-fit"), figures(html));
    }

    @Test
    void aSweepGivesTheBestPointOfTheObjective() throws IOException {
        Path folder = folder("sweep", "points.csv", """
                        point,market.potential,mechanisms.word_of_mouth.trial_rate,strategy,metric,n,mean,sd,ci_low,ci_high
                        0,0.2,0.01,spend,cumulative_profit,3,100,10,80,120
                        0,0.2,0.01,invest,cumulative_profit,3,90,10,70,110
                        0,0.2,0.01,baseline,cumulative_profit,3,500,10,480,520
                        0,0.2,0.01,invest,members,3,9000,10,8000,10000
                        1,0.8,0.04,spend,cumulative_profit,3,150,10,130,170
                        1,0.8,0.04,invest,cumulative_profit,3,210,12,180,240
                        """,
                "sweep.json", sweepJson("grid", 2, 3));

        String html = report(folder);

        assertTrue(html.contains("The best point is point 1 (market.potential = 0.8 and"
                + " mechanisms.word_of_mouth.trial_rate = 0.04), where invest makes cumulative_profit of 210 (180 to 240)"
                + " over 3 replications."), html);
        assertEquals(List.of("sweep-market-potential", "sweep-mechanisms-word-of-mouth-trial-rate"), figures(html),
                "the objective against each varied parameter");
        assertTrue(html.contains("Highest cumulative profit: invest at market.potential = 0.8 (210)."), html);
        assertTrue(html.contains("spend leads at market.potential = 0.2 (100); invest leads at market.potential = 0.8"
                + " (210)."), html);
        assertEquals(5, html.split("<tr>", -1).length - 2, "a row per point and strategy of the objective, and the header");
    }

    @Test
    void aOneParameterSweepDrawsEachStrategyAsACurveWithItsInterval() {
        var palette = dev.rapport.report.chart.StrategyPalette.of(List.of(
                dev.rapport.report.results.StrategyInfo.undeclared("spend", "acme"),
                dev.rapport.report.results.StrategyInfo.undeclared("invest", "acme")));
        var metric = new dev.rapport.report.metrics.MetricCatalog(1.0, "EUR").metric("cumulative_profit");
        var chart = dev.rapport.report.chart.SweepChart.of("market.potential", true, metric, palette, null, List.of(
                new dev.rapport.report.chart.SweepChart.Point("spend", 0.7, 150, 130, 170),
                new dev.rapport.report.chart.SweepChart.Point("spend", 0.3, 100, 80, 120),
                new dev.rapport.report.chart.SweepChart.Point("invest", 0.3, 90, 70, 110),
                new dev.rapport.report.chart.SweepChart.Point("invest", 0.7, 210, 180, 240)));

        var data = (org.jfree.data.xy.YIntervalSeriesCollection) chart.chart().getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("spend", data.getSeriesKey(0));
        assertEquals(0.3, data.getXValue(0, 0), 0, "sorted along the parameter, so the curve is read along the axis");
        assertEquals(100, data.getYValue(0, 0), 0);
        assertEquals(80, data.getStartYValue(0, 0), 0);
        assertEquals(240, data.getEndYValue(1, 1), 0);
        assertTrue(chart.chart().getXYPlot().getRenderer() instanceof org.jfree.chart.renderer.xy.DeviationRenderer,
                "a line with its band");
        assertEquals("Highest cumulative profit: invest at market.potential = 0.7 (€210). spend leads at"
                + " market.potential = 0.3 (€100); invest leads at market.potential = 0.7 (€210).", chart.caption());
    }

    @Test
    void theChartsOfAnExperimentAreWrittenAgainOnRequest() throws IOException {
        Path folder = folder("discover", "discovery.csv", """
                        step,points,of_interest,coverage,density,mass,pasted,chosen,box
                        0,40,12,1,0.3,1,false,true,anywhere
                        """, "discovery.json", "{\"a\": \"invest\", \"b\": \"spend\"}");

        List<Path> files = Reports.writeCharts(folder);

        assertEquals(List.of(folder.resolve("charts/discovery-peeling.png"), folder.resolve("charts/discovery-peeling.svg")),
                files);
    }

    @Test
    void anExperimentsReportIsHtmlOnly() throws IOException {
        Path folder = folder("sweep", "points.csv", "point,strategy,metric,n,mean,sd,ci_low,ci_high\n", "sweep.json", "{}");

        for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.PPTX)) {
            ReportException e = assertThrows(ReportException.class, () -> Reports.writeReport(folder, format));

            assertEquals(ReportException.Code.UNSUPPORTED_FORMAT, e.code(), format.toString());
            assertTrue(e.getMessage().contains("--format " + format.extension()), e.getMessage());
            assertFalse(Files.exists(Reports.defaultReportFile(folder, format)), format.toString());
        }
    }
}
