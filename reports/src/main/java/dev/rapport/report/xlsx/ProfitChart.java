package dev.rapport.report.xlsx;

import dev.rapport.report.chart.StrategyPalette;
import dev.rapport.report.metrics.Metric;
import java.awt.Color;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
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
     * @param sheet      the cumulative profit sheet {@link MetricSheets} wrote
     * @param strategies the strategies, in the sheet's column order
     * @param weeks      the number of weeks (rows after the header)
     */
    static void add(Sheet sheet, Metric metric, List<String> strategies, int weeks, StrategyPalette palette) {
        XSSFSheet xssf = (XSSFSheet) sheet;
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
        valueAxis.setNumberFormat(sheet.getRow(MetricSheets.FIRST_ROW).getCell(1).getCellStyle().getDataFormatString());

        int first = MetricSheets.FIRST_ROW;
        int last = first + weeks - 1;
        XDDFNumericalDataSource<Double> week = XDDFDataSourcesFactory.fromNumericCellRange(xssf,
                new CellRangeAddress(first, last, 0, 0));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, weekAxis, valueAxis);
        data.setVaryColors(false);
        for (int i = 0; i < strategies.size(); i++) {
            int column = 1 + i * MetricSheets.COLUMNS_PER_STRATEGY;
            XDDFNumericalDataSource<Double> mean = XDDFDataSourcesFactory.fromNumericCellRange(xssf,
                    new CellRangeAddress(first, last, column, column));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(week, mean);
            series.setTitle(strategies.get(i), new CellReference(sheet.getSheetName(), 0, column, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            series.setShapeProperties(line(palette.colour(strategies.get(i))));
        }
        chart.plot(data);
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
