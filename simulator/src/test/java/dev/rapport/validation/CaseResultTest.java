package dev.rapport.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each comparison passes exactly on its side of the tolerance. */
class CaseResultTest {
    @Test
    void withinIsTwoSided() {
        assertTrue(CaseResult.within("c", 1, 1.05, 0.1, "").passed());
        assertFalse(CaseResult.within("c", 1, 1.11, 0.1, "").passed());
        assertFalse(CaseResult.within("c", 1, 0.89, 0.1, "").passed());
    }

    @Test
    void boundsAreOneSided() {
        assertTrue(CaseResult.atMost("c", 0, -5, 0.1, "").passed());
        assertFalse(CaseResult.atMost("c", 0, 0.11, 0.1, "").passed());
        assertTrue(CaseResult.atLeast("c", 0, 5, 0.1, "").passed());
        assertFalse(CaseResult.atLeast("c", 0, -0.11, 0.1, "").passed());
    }

    @Test
    void aboveDemandsMoreThanTheTolerance() {
        assertTrue(CaseResult.above("c", 0.01, 0.1, 0.02, "").passed());
        assertFalse(CaseResult.above("c", 0.01, 0.03, 0.02, "").passed());
    }

    @Test
    void missingObservationFailsAndNegativeToleranceIsRefused() {
        assertFalse(CaseResult.within("c", 1, Double.NaN, 1, "").passed());
        assertThrows(IllegalArgumentException.class, () -> CaseResult.within("c", 1, 1, -1, ""));
    }
}
