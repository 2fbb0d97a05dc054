package dev.rapport.report.chart;

import dev.rapport.report.results.StrategyInfo;
import dev.rapport.report.results.StrategyKind;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One colour per strategy, the same in every chart and table of a report, from the Okabe–Ito
 * palette that people with the common colour-vision deficiencies can tell apart. Invest
 * strategies get bluish green and spend strategies vermillion when free, so those two read the
 * same from one report to the next; the rest take the remaining colours in order. Past eight
 * strategies the colours repeat.
 */
public final class StrategyPalette {

    /** Okabe–Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe–Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Okabe–Ito bluish green. */
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    /** Okabe–Ito orange. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Okabe–Ito reddish purple. */
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** Okabe–Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Okabe–Ito black. */
    public static final Color BLACK = new Color(0x000000);
    /** Okabe–Ito yellow: last, since thin yellow lines are hard to see on white. */
    public static final Color YELLOW = new Color(0xF0E442);

    private static final List<Color> ORDER =
            List.of(BLUE, ORANGE, REDDISH_PURPLE, SKY_BLUE, BLUISH_GREEN, VERMILLION, BLACK, YELLOW);

    private final Map<String, Color> colours;

    private StrategyPalette(Map<String, Color> colours) {
        this.colours = Collections.unmodifiableMap(colours);
    }

    /** Neutral grey of the do-nothing baseline: a reference line, not a contender. */
    public static final Color BASELINE_GREY = new Color(0x999999);

    /** @return the palette for {@code strategies}, assigned in their order */
    public static StrategyPalette of(List<StrategyInfo> strategies) {
        return of(strategies, null);
    }

    /**
     * @param baseline the do-nothing strategy, drawn in {@link #BASELINE_GREY}, or null
     * @return the palette for {@code strategies}, assigned in their order
     */
    public static StrategyPalette of(List<StrategyInfo> strategies, String baseline) {
        Map<String, Color> colours = new LinkedHashMap<>();
        List<Color> free = new ArrayList<>(ORDER);
        if (baseline != null) {
            colours.put(baseline, BASELINE_GREY);
        }
        for (StrategyInfo s : strategies) {
            if (colours.containsKey(s.name())) {
                continue;
            }
            Color preferred = preferred(s.kind());
            if (preferred != null && free.contains(preferred)) {
                colours.put(s.name(), preferred);
                free.remove(preferred);
            }
        }
        int next = 0;
        for (StrategyInfo s : strategies) {
            if (!colours.containsKey(s.name())) {
                colours.put(s.name(), free.isEmpty() ? ORDER.get(next++ % ORDER.size()) : free.remove(0));
            }
        }
        // Strategy order, whatever order the colours were chosen in.
        Map<String, Color> ordered = new LinkedHashMap<>();
        strategies.forEach(s -> ordered.put(s.name(), colours.get(s.name())));
        return new StrategyPalette(ordered);
    }

    private static Color preferred(StrategyKind kind) {
        return switch (kind) {
            case INVEST -> BLUISH_GREEN;
            case SPEND -> VERMILLION;
            case MIXED -> BLUE;
            case OTHER -> null;
        };
    }

    /** @return the colour of {@code strategy} */
    public Color colour(String strategy) {
        Color colour = colours.get(strategy);
        if (colour == null) {
            throw new NoSuchElementException("no colour for strategy " + strategy);
        }
        return colour;
    }

    /** @return the colour of {@code strategy} as {@code #rrggbb}, for HTML */
    public String hex(String strategy) {
        return String.format("#%06x", colour(strategy).getRGB() & 0xFFFFFF);
    }

    /** @return every strategy's colour, in strategy order */
    public Map<String, Color> colours() {
        return colours;
    }
}
