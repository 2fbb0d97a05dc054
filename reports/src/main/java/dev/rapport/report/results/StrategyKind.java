package dev.rapport.report.results;

import java.util.Locale;

/**
 * A strategy's declared character, from {@code manifest.json}. Reports use it to name the
 * "invest versus spend" comparison; anything unrecognised is {@link #OTHER}.
 */
public enum StrategyKind {
    /** Buys attention and sales: advertising, discounts. */
    SPEND,
    /** Builds value, community and advocates. */
    INVEST,
    /** A blend of the two. */
    MIXED,
    /** Undeclared or anything else. */
    OTHER;

    /** @return the kind named by {@code text} (any case), or {@link #OTHER} */
    public static StrategyKind parse(String text) {
        if (text == null) {
            return OTHER;
        }
        for (StrategyKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        return OTHER;
    }

    /** @return the lower-case name used in result files */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
