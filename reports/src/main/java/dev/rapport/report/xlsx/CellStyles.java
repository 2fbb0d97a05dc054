package dev.rapport.report.xlsx;

import dev.rapport.report.metrics.CurrencySymbol;
import dev.rapport.report.metrics.ValueFormat;
import java.util.EnumMap;
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
    private final Map<ValueFormat, CellStyle> values = new EnumMap<>(ValueFormat.class);
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
        for (ValueFormat format : ValueFormat.values()) {
            values.put(format, numeric(switch (format) {
                // Negative money with its sign before the symbol: -€1,200, as the HTML report writes it.
                case CURRENCY -> money + "#,##0;-" + money + "#,##0";
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

    /** @return the style of a metric's values */
    CellStyle value(ValueFormat format) {
        return values.get(format);
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
