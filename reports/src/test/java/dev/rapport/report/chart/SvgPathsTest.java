package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvgPathsTest {

    @Test
    void pointsOnTheLineThroughTheirNeighboursAreDroppedAndTheRestWrittenRelative() {
        // Five points on a straight line, then a corner: only the ends and the corner stay.
        String d = "M0,0L10,10L20,20L30,30L40,40L50,0";
        assertEquals("M0,0l40,40 10,-40", SvgPaths.thinPath(d));
    }

    @Test
    void aPointMoreThanTheToleranceOffTheLineIsKept() {
        assertEquals("M0,0l10,.4 10,-.4", SvgPaths.thinPath("M0,0L10,0.4L20,0"));
        assertEquals("M0,0l20,0", SvgPaths.thinPath("M0,0L10,0.3L20,0"), "0.3 px is within the tolerance");
    }

    @Test
    void closedBandsAndSeveralSubpathsKeepTheirShape() {
        assertEquals("M0,0l10,0 0,10Zl5,5M100,100l1,1", SvgPaths.thinPath("M0,0L5,0L10,0L10,10ZL5,5M100,100L101,101"));
    }

    @Test
    void curvesAreLeftAlone() {
        String svg = "<path d='M1,1Q2,2,3,3' /><path d='M0,0L1,0L2,0' />";
        assertEquals("<path d='M1,1Q2,2,3,3' /><path d='M0,0l2,0' />", SvgPaths.thin(svg));
    }

    @Test
    void relativeStepsAreTakenBetweenRoundedPointsSoNoErrorBuildsUp() {
        StringBuilder d = new StringBuilder("M0,0");
        double y = 0;
        for (int i = 1; i <= 200; i++) {
            y += (i % 2 == 0 ? 3.04 : -2.96);
            d.append("L").append(i * 5).append(",").append(y);
        }
        String thinned = SvgPaths.thinPath(d.toString());
        long x = 0;
        long sumY = 0;
        for (String step : thinned.substring(thinned.indexOf('l') + 1).split(" ")) {
            String[] xy = step.split(",");
            x += Math.round(Double.parseDouble(xy[0]) * 10);
            sumY += Math.round(Double.parseDouble(xy[1]) * 10);
        }
        assertEquals(10_000, x);
        assertEquals(Math.round(y * 10), sumY);
        assertTrue(thinned.length() < d.length());
    }
}
