package dev.rapport.report.metrics;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a metric's values are written: in captions and tables (with {@link #format}) and on chart
 * axes (with {@link #axisFormat}). English number style throughout so a report reads the same on
 * every machine.
 */
public enum ValueFormat {
    /** Numbers of consumers: whole numbers with thousands separators once large. */
    COUNT,
    /** Money: 8,450, 669.1k or 31.46M (at most four significant digits and two decimals once in k). */
    CURRENCY,
    /** A 0-1 share, written as a percentage. */
    SHARE,
    /** A score such as NPS: one decimal. */
    SCORE,
    /** A 0-1 index such as trust, or a ratio such as ROI: two decimals. */
    RATIO,
    /** Small rates such as the viral coefficient, and trust: three decimals. */
    RATE;

    private static final Locale LOCALE = Locale.ENGLISH;

    /** @return {@code value} written for a caption or table cell */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return switch (this) {
            case COUNT -> decimals(Math.abs(value) >= 100 ? 0 : 1).format(value);
            case CURRENCY -> Math.abs(value) >= 10_000 ? CompactMoney.write(value)
                    : decimals(0).format(value);
            case SHARE -> fixed(1).format(value * 100) + "%";
            case SCORE -> fixed(1).format(value);
            case RATIO -> fixed(2).format(value);
            case RATE -> fixed(3).format(value);
        };
    }

    /** @return a fresh format for axis tick labels (JFreeChart keeps and may clone it) */
    public NumberFormat axisFormat() {
        return switch (this) {
            case CURRENCY -> new CompactMoney();
            case SHARE -> {
                NumberFormat percent = NumberFormat.getPercentInstance(LOCALE);
                percent.setMaximumFractionDigits(1);
                yield percent;
            }
            case COUNT -> decimals(1);
            case SCORE -> decimals(1);
            case RATIO -> decimals(2);
            case RATE -> decimals(3);
        };
    }

    private static NumberFormat decimals(int maximumFractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMaximumFractionDigits(maximumFractionDigits);
        format.setGroupingUsed(true);
        return format;
    }

    /** Fixed decimals, so that values in a column or a sentence line up: 20.0 beside 18.4. */
    private static NumberFormat fixed(int fractionDigits) {
        NumberFormat format = decimals(fractionDigits);
        format.setMinimumFractionDigits(fractionDigits);
        return format;
    }
}
