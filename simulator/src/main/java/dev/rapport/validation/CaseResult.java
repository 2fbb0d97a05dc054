package dev.rapport.validation;

/**
 * The outcome of one validation case: what was compared, the independently known answer, what the
 * model gave, the tolerance (derived from the sample size) and whether the case passed. {@code basis}
 * says what the observation rests on and how the tolerance was derived, for the table's reader.
 */
public record CaseResult(String name, Comparison comparison, double expected, double observed, double tolerance,
                         String basis) {

    /** How observed is compared with expected. */
    public enum Comparison {
        /** |observed − expected| ≤ tolerance. */
        WITHIN("", "±"),
        /** observed ≤ expected + tolerance. */
        AT_MOST("≤ ", "+"),
        /** observed ≥ expected − tolerance. */
        AT_LEAST("≥ ", "−"),
        /** observed > expected + tolerance: a difference the check must see. */
        ABOVE("> ", "+");

        private final String prefix;
        private final String toleranceSign;

        Comparison(String prefix, String toleranceSign) {
            this.prefix = prefix;
            this.toleranceSign = toleranceSign;
        }

        /** How the expected column shows a bound of this kind, e.g. "≤ 0". */
        public String prefix() {
            return prefix;
        }

        /** How the tolerance column shows which side the tolerance widens, e.g. "±". */
        public String toleranceSign() {
            return toleranceSign;
        }
    }

    public CaseResult {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be a non-negative number, got " + tolerance);
        }
    }

    public static CaseResult within(String name, double expected, double observed, double tolerance, String basis) {
        return new CaseResult(name, Comparison.WITHIN, expected, observed, tolerance, basis);
    }

    public static CaseResult atMost(String name, double bound, double observed, double tolerance, String basis) {
        return new CaseResult(name, Comparison.AT_MOST, bound, observed, tolerance, basis);
    }

    public static CaseResult atLeast(String name, double bound, double observed, double tolerance, String basis) {
        return new CaseResult(name, Comparison.AT_LEAST, bound, observed, tolerance, basis);
    }

    public static CaseResult above(String name, double bound, double observed, double tolerance, String basis) {
        return new CaseResult(name, Comparison.ABOVE, bound, observed, tolerance, basis);
    }

    public boolean passed() {
        if (Double.isNaN(observed)) {
            return false;
        }
        return switch (comparison) {
            case WITHIN -> Math.abs(observed - expected) <= tolerance;
            case AT_MOST -> observed <= expected + tolerance;
            case AT_LEAST -> observed >= expected - tolerance;
            case ABOVE -> observed > expected + tolerance;
        };
    }
}
