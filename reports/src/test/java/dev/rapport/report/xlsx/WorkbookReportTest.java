package dev.rapport.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.ReportFormat;
import dev.rapport.report.Reports;
import dev.rapport.report.testing.SyntheticResults;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of the synthetic run, whose answers are known: cumulative profit at week 52 is
 * 5,200 for spend and 6,300 on average for invest; summary.csv is written by the test fixture with
 * an independent interval computation.
 */
class WorkbookReportTest {

    @TempDir
    static Path dir;

    private static Path results;
    private static Path file;

    @BeforeAll
    static void write() {
        results = SyntheticResults.spendAndInvest().withSummaryCsv().writeTo(dir.resolve("results"));
        file = Reports.writeReport(results, ReportFormat.XLSX);
    }

    private static XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** summary.csv's rows by "strategy/metric", as {mean, ci_low, ci_high}. */
    private static Map<String, double[]> summaryCsv() throws IOException {
        List<String> lines = Files.readAllLines(results.resolve("summary.csv"));
        assertEquals("strategy,brand,metric,week,n,mean,sd,ci_low,ci_high", lines.get(0));
        Map<String, double[]> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.put(f[0] + "/" + f[2], new double[]{Double.parseDouble(f[5]), Double.parseDouble(f[7]),
                    Double.parseDouble(f[8])});
        }
        return rows;
    }

    @Test
    void theHeadlineSheetHoldsSummaryCsvsNumbersAsFormattedNumbers() throws IOException {
        Map<String, double[]> expected = summaryCsv();
        try (XSSFWorkbook workbook = open()) {
            Sheet sheet = workbook.getSheet(HeadlineSheet.NAME);
            Row header = sheet.getRow(0);
            assertEquals("spend mean", header.getCell(3).getStringCellValue());
            assertEquals("invest 95% CI high", header.getCell(8).getStringCellValue());
            int compared = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String metric = row.getCell(2).getStringCellValue();
                for (int s = 0; s < 2; s++) {
                    String strategy = header.getCell(3 + 3 * s).getStringCellValue().replace(" mean", "");
                    double[] want = expected.get(strategy + "/" + metric);
                    assertNotNull(want, strategy + "/" + metric);
                    for (int k = 0; k < 3; k++) {
                        Cell cell = row.getCell(3 + 3 * s + k);
                        assertEquals(CellType.NUMERIC, cell.getCellType(), metric);
                        assertNotEquals("General", cell.getCellStyle().getDataFormatString(), metric);
                        assertEquals(want[k], cell.getNumericCellValue(), 1e-9 * Math.max(1, Math.abs(want[k])),
                                strategy + "/" + metric + " column " + k);
                        compared++;
                    }
                }
            }
            assertEquals(7 * 2 * 3, compared, "the objective and the key metrics, three numbers per strategy");
            assertEquals(5200, expected.get("spend/cumulative_profit")[0], 1e-9, "the fixture's known answer");
        }
    }

    @Test
    void moneyIsInEurosSharesArePercentagesAndCountsWholeNumbers() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet headline = workbook.getSheet(HeadlineSheet.NAME);
            Map<String, String> formats = new HashMap<>();
            for (int r = 1; r <= headline.getLastRowNum(); r++) {
                formats.put(headline.getRow(r).getCell(2).getStringCellValue(),
                        headline.getRow(r).getCell(3).getCellStyle().getDataFormatString());
            }
            assertEquals("\"€\"#,##0;-\"€\"#,##0", formats.get("cumulative_profit"));
            assertEquals("#,##0", formats.get("members"));
            assertEquals("0.000", formats.get("trust"), "trust differs between strategies in the third decimal");
            assertEquals("0%", workbook.getSheet(ComparisonSheet.NAME).getRow(1).getCell(7).getCellStyle()
                    .getDataFormatString());
        }
    }

    @Test
    void moneyShowsInMillionsOrThousandsWhileTheCellKeepsTheWholeAmount() {
        // POI's CellFormat applies a format as Excel does (its DataFormatter leaves scaled ones raw).
        String millions = CellStyles.money("\"€\"", 38_030_000);
        assertEquals("€38.03M", shown(millions, 38_030_000));
        assertEquals("-€2.50M", shown(millions, -2_500_000), "the sign kept");
        assertEquals("€669.1k", shown(CellStyles.money("\"€\"", 669_140), 669_140));
        assertEquals("€8,450", shown(CellStyles.money("\"€\"", 8_450), 8_450));
    }

    private static String shown(String format, double value) {
        return CellFormat.getInstance(Locale.ENGLISH, format).apply(value).text;
    }

    @Test
    void everyTableSheetFreezesItsHeaderRowAndHasColumnsWideEnoughForItsHeaders() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            assertTrue(workbook.getNumberOfSheets() > 10);
            assertTrue(workbook.getSheet("Acquired by word of mouth") != null, "a channel's sheet says what it counts");
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals(WorkbookReport.SUMMARY)) {
                    continue;
                }
                PaneInformation pane = sheet.getPaneInformation();
                assertNotNull(pane, sheet.getSheetName());
                assertTrue(pane.isFreezePane(), sheet.getSheetName());
                assertEquals(1, pane.getHorizontalSplitPosition(), sheet.getSheetName());
                Row header = sheet.getRow(0);
                for (Cell cell : header) {
                    assertTrue(sheet.getColumnWidth(cell.getColumnIndex()) >= 256 * Math.min(80,
                            cell.getStringCellValue().length()), sheet.getSheetName() + " " + cell.getStringCellValue());
                }
            }
        }
    }

    @Test
    void theProfitSheetHasANativeLineChartWithALinePerStrategyOverItsOwnCells() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Cumulative profit");
            assertEquals(List.of("Week", "spend", "spend 95% CI low", "spend 95% CI high", "invest"),
                    List.of(0, 1, 2, 3, 4).stream().map(c -> sheet.getRow(0).getCell(c).getStringCellValue()).toList());
            assertEquals(53, sheet.getLastRowNum(), "weeks 0 to 52 under the header");
            assertEquals(5200, sheet.getRow(53).getCell(1).getNumericCellValue(), 1e-9);
            assertEquals(6300, sheet.getRow(53).getCell(4).getNumericCellValue(), 1e-9);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertEquals(1, data.size());
            XDDFLineChartData lines = assertInstanceOf(XDDFLineChartData.class, data.get(0));
            assertEquals(2, lines.getSeriesCount());
            assertEquals(List.of("'Cumulative profit'!$B$2:$B$54", "'Cumulative profit'!$E$2:$E$54"),
                    List.of(lines.getSeries(0), lines.getSeries(1)).stream()
                            .map(s -> s.getValuesData().getDataRangeReference()).toList());
            assertEquals(List.of("'Cumulative profit'!$B$1", "'Cumulative profit'!$E$1"),
                    List.of(lines.getSeries(0), lines.getSeries(1)).stream()
                            .map(s -> ((XDDFLineChartData.Series) s).getCTLineSer().getTx().getStrRef().getF()).toList(),
                    "each line named by its strategy's column header");
            assertEquals("'Cumulative profit'!$A$2:$A$54", lines.getSeries(0).getCategoryData().getDataRangeReference());
        }
    }

    @Test
    void theComparisonSheetStatesTheSummarysPairAndTheOtherWayRound() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Row pair = workbook.getSheet(ComparisonSheet.NAME).getRow(1);
            assertEquals("invest", pair.getCell(0).getStringCellValue());
            assertEquals("spend", pair.getCell(1).getStringCellValue());
            assertEquals(1234.0, pair.getCell(4).getNumericCellValue(), 1e-9, "from summary.json");
            assertEquals(0.77, pair.getCell(7).getNumericCellValue(), 1e-9);
            assertEquals(0.0, pair.getCell(8).getNumericCellValue(), 1e-9, "spend never ends above invest");
            assertEquals("summary.json", pair.getCell(10).getStringCellValue());
        }
    }

    @Test
    void breakEvenSettingsAndManifestAreThere() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Row breakEven = workbook.getSheet(BreakEvenSheets.BREAK_EVEN).getRow(1);
            assertEquals("invest", breakEven.getCell(0).getStringCellValue());
            assertEquals(31, breakEven.getCell(2).getNumericCellValue(), 1e-9, "the fixture's break-even week");
            assertTrue(breakEven.getCell(7).getStringCellValue().startsWith("invest overtakes spend"));
            Map<String, Cell> parameters = new HashMap<>();
            for (Row row : workbook.getSheet(SettingsSheets.PARAMETERS)) {
                parameters.put(row.getCell(1).getStringCellValue(), row.getCell(2));
            }
            assertEquals(1000, parameters.get("size").getNumericCellValue(), 0, "population.size, a number");
            assertEquals("EUR", parameters.get("currency").getStringCellValue());
            Map<String, Cell> manifest = new HashMap<>();
            for (Row row : workbook.getSheet(SettingsSheets.MANIFEST)) {
                manifest.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
            assertEquals(20261123, manifest.get("Seed").getNumericCellValue(), 0);
            assertEquals("3f1a9c0e5b7d2a4c6e8f0b1d3a5c7e9f1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a",
                    manifest.get("Scenario SHA-256").getStringCellValue());
        }
    }

    @Test
    void aWorkbookRapportWroteIsKnownAgainAndAnyOtherIsNot(@TempDir Path tmp) throws IOException {
        assertTrue(Reports.isReport(file, ReportFormat.XLSX));
        Path foreign = tmp.resolve("budget.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(foreign)) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue(42);
            workbook.getProperties().getCustomProperties().addProperty("generator", "Someone else");
            workbook.write(out);
        }
        assertFalse(Reports.isReport(foreign, ReportFormat.XLSX));
        Path text = Files.writeString(tmp.resolve("notes.xlsx"), "not a workbook");
        assertFalse(Reports.isReport(text, ReportFormat.XLSX));
        assertFalse(Reports.isReport(results.resolve("series.csv"), ReportFormat.XLSX));
    }
}
