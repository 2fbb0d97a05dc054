package dev.rapport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The independent answers reproduce the anchor values of the model brief and the issue. */
class ClassicAnswersTest {
    private static final double P = 0.03;
    private static final double Q = 0.38;

    @Test
    void bassClosedFormHasTheBriefsAnchors() {
        assertEquals(0.3312, ClassicAnswers.bass(P, Q, 5), 5e-5);
        assertEquals(0.8128, ClassicAnswers.bass(P, Q, 10), 5e-5);
        assertEquals(6.19, ClassicAnswers.bassPeak(P, Q), 5e-3);
        assertEquals(0, ClassicAnswers.bass(P, Q, 0), 1e-15);
    }

    @Test
    void ringIsSlowerThanCompleteMixingAndStartsAtZero() {
        assertEquals(0, ClassicAnswers.bassRing(P, Q, 0), 1e-15);
        for (double t = 0.5; t <= 30; t += 0.5) {
            double ring = ClassicAnswers.bassRing(P, Q, t);
            double complete = ClassicAnswers.bass(P, Q, t);
            assertEquals(true, ring < complete, "ring below complete mixing at t = " + t);
        }
    }

    @Test
    void weeklySteppedHazardMissesTheClosedFormByAboutATenthWhileEulerMissesBySevenHundredths() {
        double[] stepped = ClassicAnswers.bassSteppedHazard(P, Q, 1, 30);
        double steppedMax = 0;
        double euler = 0;
        double eulerMax = 0;
        for (int t = 1; t <= 30; t++) {
            euler += (P + Q * euler) * (1 - euler);
            steppedMax = Math.max(steppedMax, Math.abs(stepped[t] - ClassicAnswers.bass(P, Q, t)));
            eulerMax = Math.max(eulerMax, Math.abs(euler - ClassicAnswers.bass(P, Q, t)));
        }
        assertEquals(0.103, steppedMax, 1e-3);
        assertEquals(0.071, eulerMax, 1e-3);
    }

    @Test
    void fineSteppedHazardConvergesToTheClosedForm() {
        double[] stepped = ClassicAnswers.bassSteppedHazard(P, Q, 0.01, 3000);
        for (int n = 0; n <= 3000; n += 100) {
            assertEquals(ClassicAnswers.bass(P, Q, n * 0.01), stepped[n], 0.003);
        }
    }

    @Test
    void caughtUpTalkHalvesTheWeeklyMissAndStillConverges() {
        double[] weekly = ClassicAnswers.bassCaughtUp(P, Q, 1, 30);
        double[] stepped = ClassicAnswers.bassSteppedHazard(P, Q, 1, 30);
        double caughtUpMax = 0;
        for (int t = 1; t <= 30; t++) {
            caughtUpMax = Math.max(caughtUpMax, Math.abs(weekly[t] - ClassicAnswers.bass(P, Q, t)));
            assertEquals(true, weekly[t] >= stepped[t], "caught-up talk is never behind the stepped hazard, t = " + t);
        }
        assertEquals(0.0318, caughtUpMax, 5e-4);
        // Week 1: nobody spoke in week 0, so both recurrences take the first step alike.
        assertEquals(stepped[1], weekly[1], 1e-15);
        double[] fine = ClassicAnswers.bassCaughtUp(P, Q, 0.01, 3000);
        for (int n = 0; n <= 3000; n += 100) {
            assertEquals(ClassicAnswers.bass(P, Q, n * 0.01), fine[n], 0.001);
        }
    }

    @Test
    void sirFinalSizeForR0OfTwo() {
        assertEquals(0.7968, ClassicAnswers.sirFinalSize(2), 5e-5);
        assertEquals(0, ClassicAnswers.sirFinalSize(0.9), 0);
    }

    @Test
    void textbookClv() {
        assertEquals(266.67, ClassicAnswers.clv(100, 0.8, 0.1), 5e-3);
    }

    @Test
    void exactCascadeSpreadsOfTheIssue() {
        assertEquals(2.25, CascadeSpread.expected(3, new int[] {0, 1, 0}, new int[] {1, 2, 2}, 0, 0.5), 1e-12);
        int[] centre = new int[10];
        int[] leaves = new int[10];
        for (int i = 0; i < 10; i++) {
            leaves[i] = i + 1;
        }
        assertEquals(4.0, CascadeSpread.expected(11, centre, leaves, 0, 0.3), 1e-12);
        assertEquals(1.9375, CascadeSpread.expected(5, new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4}, 0, 0.5), 1e-12);
    }
}
