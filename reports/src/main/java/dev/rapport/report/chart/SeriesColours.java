package dev.rapport.report.chart;

import java.awt.Color;
import java.util.Map;

/**
 * Colours for what is not a strategy: funnel stages and acquisition channels. They come from Paul
 * Tol's colour-blind-safe "muted" scheme, kept apart from the Okabe–Ito strategy colours so that a
 * stage is never mistaken for a strategy. Acquisition channels that are bought are warm, those
 * that are earned are green. Public so that the simulator's live view ({@code rapport gui}) draws
 * stages in the report's colours.
 */
public final class SeriesColours {

    private static final Color PALE_GREY = new Color(0xDDDDDD);
    private static final Color CYAN = new Color(0x88CCEE);
    private static final Color TEAL = new Color(0x44AA99);
    private static final Color GREEN = new Color(0x117733);
    private static final Color INDIGO = new Color(0x332288);
    private static final Color SAND = new Color(0xDDCC77);
    private static final Color ROSE = new Color(0xCC6677);
    private static final Color WINE = new Color(0x882255);

    /** A colour per funnel stage, by the stage's metric name ({@code unaware} … {@code detractors}). */
    public static final Map<String, Color> FUNNEL = Map.of(
            "unaware", PALE_GREY, "aware", CYAN, "customers", TEAL, "members", GREEN,
            "advocates", INDIGO, "lapsed", SAND, "detractors", ROSE);

    static final Map<String, Color> ACQUISITION = Map.of(
            "acquired_referral", GREEN, "acquired_word_of_mouth", TEAL,
            "acquired_organic", PALE_GREY, "acquired_advertising", ROSE,
            "acquired_discount", WINE);

    private SeriesColours() {
    }
}
