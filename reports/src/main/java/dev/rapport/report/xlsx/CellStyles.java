package dev.rapport.report.xlsx;

import dev.rapport.report.metrics.CurrencySymbol;
import dev.rapport.report.metrics.ValueFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's few cell styles, made once (Excel caps a workbook at 64,000 styles; one per cell
 * would break a large run's sheets): a bold header, a title, plain text, and one number format per
 * {@link ValueFormat}, money with the market's currency symbol when the scenario names one.
 */
final class CellStyles {

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle title;
    private static final double MILLION = 999_950;
    private static final double TEN_THOUSAND = 10_000;
    private final Map<ValueFormat, CellStyle> values = new EnumMap<>(ValueFormat.class);
    /** Money in whole units, in k and in M. */
    private final List<CellStyle> moneyStyles = new ArrayList<>();
    private final CellStyle week;
    private final CellStyle probability;
    private final CellStyle whole;
    private final CellStyle general;

    /**
     * @param currency  the market's currency code, when the scenario names one
     * @param wholeWeeks true when every week is a whole number (ticks of whole weeks)
     */
    CellStyles(Workbook workbook, Optional<String> currency, boolean wholeWeeks) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        text = workbook.createCellStyle();
        String money = currency.map(c -> "\"" + CurrencySymbol.prefix(c) + "\"").orElse("");
        for (double largest : new double[] {0, TEN_THOUSAND, MILLION}) {
            moneyStyles.add(numeric(money(money, largest)));
        }
        for (ValueFormat format : ValueFormat.values()) {
            values.put(format, numeric(switch (format) {
                case CURRENCY -> money(money, 0);
                case COUNT -> "#,##0";
                case SHARE -> "0.0%";
                case SCORE -> "0.0";
                case RATIO -> "0.00";
                case RATE -> "0.000";
            }));
        }
        week = numeric(wholeWeeks ? "0" : "0.0#");
        probability = numeric("0%");
        whole = numeric("#,##0");
        general = numeric("General");
    }

    /**
     * Money as the report writes it, in millions, thousands or whole units ({@code €31.46M},
     * {@code €669.1k}, {@code €8,450}): the cell keeps the whole amount, the format only scales
     * what is shown (each trailing comma divides by a thousand), the sign before the symbol. One
     * unit for a whole column or row, chosen by its largest amount, as a finance table does: a
     * format that switched units by condition would lose the minus sign of negative amounts in
     * LibreOffice.
     */
    static String money(String symbol, double largest) {
        double size = Math.abs(largest);
        String scaled = size >= MILLION ? "0.00,,\"M\"" : size >= TEN_THOUSAND ? "0.0,\"k\"" : "#,##0";
        return symbol + scaled + ";-" + symbol + scaled;
    }

    private CellStyle numeric(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle text() {
        return text;
    }

    /**
     * @param largest the amount furthest from zero among the cells that share the style (a column,
     *                a row of the headline table): money is shown in its unit (M, k or whole)
     * @return the style of a metric's values
     */
    CellStyle value(ValueFormat format, double largest) {
        if (format != ValueFormat.CURRENCY) {
            return values.get(format);
        }
        double size = Double.isFinite(largest) ? Math.abs(largest) : 0;
        return moneyStyles.get(size >= MILLION ? 2 : size >= TEN_THOUSAND ? 1 : 0);
    }

    CellStyle week() {
        return week;
    }

    /** @return a 0-1 probability shown as a whole percentage */
    CellStyle probability() {
        return probability;
    }

    /** @return counts of replications */
    CellStyle whole() {
        return whole;
    }

    /** @return a setting's number, written as Excel writes any number */
    CellStyle general() {
        return general;
    }
}
