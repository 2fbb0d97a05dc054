package dev.rapport.scenario.bind;

import java.math.BigDecimal;

/**
 * Whole-number scenario values ({@code int} and {@code long} keys) read exactly from their text.
 * Read through a double, a seed above 2^53 became its even neighbour (and gave that seed's
 * series) and seeds from about 1e17 were refused. Exponent forms such as {@code 1e6} and
 * {@code 2000.0} stay accepted when the value they write is whole.
 */
final class WholeNumbers {
    /** Beyond this an exponent is no whole number a scenario could mean, and its scale is not expanded. */
    private static final int MAX_SCALE = 1000;

    private WholeNumbers() {
    }

    /** The largest value of the target type, for messages. */
    static BigDecimal max(boolean isInt) {
        return BigDecimal.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
    }

    /**
     * The exact value of {@code text} ({@code 12}, {@code -3.0}, {@code 1e6}, {@code 0x1F}) when it
     * is a whole number that fits an {@code int} (or a {@code long}); null otherwise.
     */
    static BigDecimal exact(String text, boolean isInt) {
        BigDecimal value = parse(text.strip());
        if (value == null || value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return null;
        }
        BigDecimal min = BigDecimal.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
        return value.compareTo(min) < 0 || value.compareTo(max(isInt)) > 0 ? null : value;
    }

    /** Whether {@code value} lies in {@code range} (no range: any value), compared exactly. */
    static boolean within(BigDecimal value, Range range) {
        if (range == null) {
            return true;
        }
        return !(Double.isFinite(range.min()) && value.compareTo(new BigDecimal(range.min())) < 0
                || Double.isFinite(range.max()) && value.compareTo(new BigDecimal(range.max())) > 0);
    }

    private static BigDecimal parse(String t) {
        try {
            BigDecimal value = new BigDecimal(t);
            return Math.abs(value.scale()) > MAX_SCALE ? null : value;
        } catch (NumberFormatException e) {
            try {
                return new BigDecimal(Long.decode(t)); // hex and octal forms, as YAML 1.1 allows
            } catch (NumberFormatException e2) {
                return null;
            }
        }
    }
}
