package dev.rapport.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The metrics observed per brand and tick, in output order. The names are the {@code metric}
 * column of {@code series.csv} and are documented in docs/results-format.md.
 */
public enum Metric {
    UNAWARE, AWARE, CUSTOMERS, MEMBERS, ADVOCATES, LAPSED, DETRACTORS,
    AWARENESS, TRUST, NPS,
    REVENUE, COGS, LEVER_COST, DISCOUNT_COST, PROFIT, CUMULATIVE_PROFIT, CUMULATIVE_SPEND, ROI,
    ACQUIRED_ADVERTISING, ACQUIRED_DISCOUNT, ACQUIRED_REFERRAL, ACQUIRED_WORD_OF_MOUTH, ACQUIRED_ORGANIC,
    REFERRAL_SHARE, VIRAL_COEFFICIENT, REFERRAL_DEPTH,
    FOLLOWERS, ENGAGED_RATIO, TRIBE_COHESION, MARKET_SHARE, CLV;

    private final String column = name().toLowerCase(Locale.ROOT);

    /** The name used in outputs and in {@code outputs.objective}. */
    public String column() {
        return column;
    }

    public static Set<String> names() {
        return Arrays.stream(values()).map(Metric::column).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Metric byColumn(String name) {
        for (Metric m : values()) {
            if (m.column.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no metric " + name);
    }

    /** The metric counting consumers at {@code stage}. */
    static Metric countOf(Stage stage) {
        return values()[stage.ordinal()];
    }

    /** The metric counting acquisitions through {@code channel}. */
    static Metric acquiredBy(Channel channel) {
        return values()[ACQUIRED_ADVERTISING.ordinal() + channel.ordinal()];
    }
}
