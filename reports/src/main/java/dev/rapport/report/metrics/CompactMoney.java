package dev.rapport.report.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Amounts of money in thousands, millions and billions as a reader writes them: {@code 669.1k},
 * {@code 31.46M}, {@code 1.2B}; at most four significant digits and two decimals, so a table's
 * intervals still tell neighbouring values apart. Lower-case {@code k} as the terminal writes it
 * (Java's compact format writes {@code K}). A {@link NumberFormat} so chart axes tick the same way,
 * with the currency's symbol when it is known ({@code €30M}, {@code -€1.5k}).
 */
final class CompactMoney extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final String[] UNITS = {"", "k", "M", "B", "T"};
    private static final MathContext FOUR_DIGITS = new MathContext(4);
    /** What goes before an amount: the currency's symbol, or nothing. */
    private final String prefix;

    /** Amounts without a symbol. */
    CompactMoney() {
        this("");
    }

    /** @param prefix what goes before an amount, after any minus sign: {@code €}, {@code CHF } */
    CompactMoney(String prefix) {
        this.prefix = prefix;
    }

    /** @return {@code value} in k, M or B ({@code -1.5k}), or a whole number below a thousand */
    static String write(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "n/a" : (value < 0 ? "-∞" : "∞");
        }
        // Rounded first, so 999,960 is 1M rather than 1,000k.
        double rounded = new BigDecimal(Math.abs(value)).round(FOUR_DIGITS).doubleValue();
        int unit = 0;
        while (unit < UNITS.length - 1 && rounded >= 1000) {
            rounded /= 1000;
            unit++;
        }
        DecimalFormat digits = new DecimalFormat(unit == 0 ? "#,##0" : "0.##",
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        String text = digits.format(rounded) + UNITS[unit];
        return value < 0 && !text.equals("0") ? "-" + text : text;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        String digits = write(Math.abs(number));
        return toAppendTo.append(number < 0 && !digits.equals("0") ? "-" : "").append(prefix).append(digits);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /** Axes only format; nothing parses a tick label back. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("CompactMoney writes amounts, it does not read them");
    }
}
