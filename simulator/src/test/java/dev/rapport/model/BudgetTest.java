package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The budget's accounting: allowances, borrowing against the next ones, and the hard total. */
class BudgetTest {
    @Test
    void aHardChargeStopsAtTheAllowance() {
        Budget budget = new Budget(10_000);
        budget.reserve(Lever.VALUE_DELIVERY, 100);
        assertTrue(budget.charge(Lever.VALUE_DELIVERY, 60));
        assertFalse(budget.charge(Lever.VALUE_DELIVERY, 60));
        assertEquals(60, budget.settle());
        assertEquals(60, budget.spent());
    }

    @Test
    void borrowingBeyondTheAllowanceIsRepaidFromTheNextOnes() {
        Budget budget = new Budget(10_000);
        budget.reserve(Lever.VALUE_DELIVERY, 100);
        assertTrue(budget.chargeOrBorrow(Lever.VALUE_DELIVERY, 60));
        assertTrue(budget.chargeOrBorrow(Lever.VALUE_DELIVERY, 60)); // 20 over: borrowed
        assertEquals(120, budget.settle());
        // The next tick's 100 first repays the 20.
        assertEquals(80, budget.reserve(Lever.VALUE_DELIVERY, 100));
        assertEquals(80, budget.allowance(Lever.VALUE_DELIVERY));
        budget.settle();
        // A lever owes at most one tick's want: demand that outruns the plan is refused.
        budget.reserve(Lever.LISTENING, 10);
        assertTrue(budget.chargeOrBorrow(Lever.LISTENING, 15)); // owes 5
        assertTrue(budget.chargeOrBorrow(Lever.LISTENING, 5));  // owes 10
        assertFalse(budget.chargeOrBorrow(Lever.LISTENING, 1));
        budget.settle();
        assertEquals(0, budget.reserve(Lever.LISTENING, 10)); // all of it repays the debt
        budget.settle();
        assertEquals(10, budget.reserve(Lever.LISTENING, 10));
        assertEquals(120 + 20, budget.spent());
    }

    /**
     * A unit that costs more than one tick's want (a 10.00 response against 2.86 a day of
     * listening) can still be bought once by borrowing, and is repaid over the next ticks: were
     * the cap one tick's want, daily ticks could never answer a criticism that weekly ones answer.
     */
    @Test
    void aUnitDearerThanOneTicksWantCanStillBeBorrowedOnce() {
        Budget budget = new Budget(100_000);
        budget.reserve(Lever.LISTENING, 286);
        assertTrue(budget.chargeOrBorrow(Lever.LISTENING, 1000)); // owes 714: one unit
        assertFalse(budget.chargeOrBorrow(Lever.LISTENING, 1000)); // a second one would owe 1714
        assertEquals(1000, budget.settle());
        long repaid = 0;
        for (int day = 0; day < 3; day++) {
            repaid += 286 - budget.reserve(Lever.LISTENING, 286);
            budget.settle();
        }
        assertEquals(714, repaid, "the debt is repaid from the next allowances");
        assertEquals(1000, budget.spent());
    }

    @Test
    void persistentExcessDemandKeepsTheLeverOnPlan() {
        Budget budget = new Budget(1_000_000);
        long spent = 0;
        for (int tick = 0; tick < 50; tick++) {
            budget.reserve(Lever.VALUE_DELIVERY, 100);
            for (int unit = 0; unit < 30; unit++) { // wants 300 a tick against a plan of 100
                budget.chargeOrBorrow(Lever.VALUE_DELIVERY, 10);
            }
            spent += budget.settle();
        }
        // 50 ticks of plan plus at most one tick's debt.
        assertTrue(spent <= 50 * 100 + 100, "spent " + spent);
    }

    @Test
    void borrowingNeverSpendsMoreThanTheBudget() {
        Budget budget = new Budget(150);
        budget.reserve(Lever.VALUE_DELIVERY, 100);
        assertTrue(budget.chargeOrBorrow(Lever.VALUE_DELIVERY, 100));
        assertTrue(budget.chargeOrBorrow(Lever.VALUE_DELIVERY, 50));
        assertFalse(budget.chargeOrBorrow(Lever.VALUE_DELIVERY, 1)); // the budget is gone
        assertEquals(0, budget.free());
        assertEquals(150, budget.settle());
        assertEquals(150, budget.spent());
    }
}
