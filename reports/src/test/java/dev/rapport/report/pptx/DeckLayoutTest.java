package dev.rapport.report.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeckLayoutTest {

    @Test
    void aShortCaptionKeepsTheLargeSizeAndALongOneShrinksToStayAboveTheChart() {
        assertEquals(16, DeckLayout.subtitleSize("invest does not overtake spend within the 156 weeks simulated."));
        // The flagship's cumulative profit caption: four strategies, each with its interval.
        String flagship = "By week 156, mixed leads on cumulative profit with €38.03M (95% CI €37.72M–€38.33M), against"
                + " €31.46M (95% CI €31.17M–€31.75M) for spend, €18.61M (95% CI €18.07M–€19.15M) for invest and"
                + " €7.91M (95% CI €7.6M–€8.22M) for baseline.";
        double size = DeckLayout.subtitleSize(flagship);
        assertTrue(size < 16, "three lines at 16 points ran onto the chart: " + size);
        double perLine = (DeckLayout.CONTENT_WIDTH - 20) / (size * 0.56);
        assertTrue(Math.ceil(flagship.length() / perLine) * size * 1.2 <= DeckLayout.SUBTITLE_HEIGHT,
                "its lines fit the caption's box at " + size + " points");
    }
}
