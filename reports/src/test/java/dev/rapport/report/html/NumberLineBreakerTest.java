package dev.rapport.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberLineBreakerTest {

    /** @return the pieces of {@code text} between the places a line may break */
    private static List<String> pieces(String text) {
        NumberLineBreaker breaker = new NumberLineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int to = breaker.next(); to > 0; to = breaker.next()) {
            pieces.add(text.substring(from, to));
            from = to;
        }
        return pieces;
    }

    @Test
    void aNumberStaysWithItsUnitAndARangeInOnePiece() {
        // Java's line breaker alone gives "€7.91|M (95% |CI |€7.6|M–|€8.22|M)": a PDF line ended in "€7.91".
        assertEquals(List.of("and ", "€7.91M ", "(95% ", "CI ", "€7.6M–€8.22M) ", "for ", "baseline."),
                pieces("and €7.91M (95% CI €7.6M–€8.22M) for baseline."));
        assertEquals(List.of("(95% ", "CI ", "1,287–1,480) ", "for ", "baseline."),
                pieces("(95% CI 1,287–1,480) for baseline."));
    }

    @Test
    void aDashBetweenWordsStillBreaks() {
        assertEquals(List.of("Okabe–", "Ito"), pieces("Okabe–Ito"));
    }

    @Test
    void wordsStillBreakAtSpaces() {
        assertEquals(List.of("week ", "156 ", "in ", "20 ", "of ", "20"), pieces("week 156 in 20 of 20"));
    }
}
