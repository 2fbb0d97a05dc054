package dev.rapport.report.xlsx;

import dev.rapport.report.chart.StrategyPalette;
import dev.rapport.report.metrics.Metric;
import java.awt.Color;
import java.util.List;
import dev.rapport.report.stats.Band;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel line chart on the cumulative profit sheet: one line per strategy, its mean by week,
 * in the strategy's report colour. It reads the sheet's own cells, so a client who edits the numbers
 * sees the chart follow.
 */
final class ProfitChart {

    /** Chart size in cells: wide enough to read a three-year horizon. */
    private static final int WIDTH_COLUMNS = 12;
    private static final int HEIGHT_ROWS = 24;

    private ProfitChart() {
    }

    /**
     * @param xssf         the cumulative profit sheet {@link MetricSheets} wrote, as the workbook's
     *                     {@link XSSFSheet} (a streamed sheet's drawing lives there)
     * @param bands        the bands written on it, a band per strategy in column order
     * @param numberFormat the sheet's money format, for the value axis
     */
    static void add(XSSFSheet xssf, Metric metric, List<Band> bands, String numberFormat, StrategyPalette palette) {
        List<String> strategies = bands.stream().map(Band::name).toList();
        int weeks = bands.get(0).points().size();
        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        int left = 1 + strategies.size() * MetricSheets.COLUMNS_PER_STRATEGY + 1;
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, 1, left + WIDTH_COLUMNS,
                1 + HEIGHT_ROWS));
        chart.setTitleText(metric.label() + " by week, mean of replications");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis weekAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        weekAxis.setTitle("Week");
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setTitle(metric.axisTitle());
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setNumberFormat(numberFormat);

        int first = MetricSheets.FIRST_ROW;
        int last = first + weeks - 1;
        // Values given with their cells: the chart reads the cells, and its cache (what a viewer
        // shows before recalculating) holds the same numbers; a streamed sheet has no cells to read them from here.
        Double[] weekValues = bands.get(0).points().stream().map(p -> cached(p.week())).toArray(Double[]::new);
        XDDFNumericalDataSource<Double> week = XDDFDataSourcesFactory.fromArray(weekValues,
                range(xssf, first, last, 0));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, weekAxis, valueAxis);
        data.setVaryColors(false);
        for (int i = 0; i < strategies.size(); i++) {
            int column = 1 + i * MetricSheets.COLUMNS_PER_STRATEGY;
            Double[] means = bands.get(i).points().stream().map(p -> cached(p.mean())).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> mean = XDDFDataSourcesFactory.fromArray(means,
                    range(xssf, first, last, column));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(week, mean);
            series.setTitle(strategies.get(i), new CellReference(xssf.getSheetName(), 0, column, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            series.setShapeProperties(line(palette.colour(strategies.get(i))));
        }
        chart.plot(data);
    }

    /** @return {@code value}, or null (no point in the cache, an empty cell on the sheet) when Excel cannot hold it */
    private static Double cached(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** @return {@code 'Cumulative profit'!$B$2:$B$158}: a column's cells as a chart formula */
    private static String range(XSSFSheet sheet, int first, int last, int column) {
        return new CellRangeAddress(first, last, column, column).formatAsString(sheet.getSheetName(), true);
    }

    private static XDDFShapeProperties line(Color colour) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setWidth(2.0);
        line.setFillProperties(new XDDFSolidFillProperties(colour == null ? XDDFColor.from(PresetColor.BLACK)
                : XDDFColor.from(new byte[]{(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()})));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        return shape;
    }
}
