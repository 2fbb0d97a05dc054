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
        // Debt larger than a tick's want is repaid over several ticks.
        budget.reserve(Lever.LISTENING, 10);
        assertTrue(budget.chargeOrBorrow(Lever.LISTENING, 35));
        budget.settle();
        assertEquals(0, budget.reserve(Lever.LISTENING, 10));
        budget.settle();
        assertEquals(0, budget.reserve(Lever.LISTENING, 10));
        budget.settle();
        assertEquals(5, budget.reserve(Lever.LISTENING, 10));
        budget.settle();
        assertEquals(10, budget.reserve(Lever.LISTENING, 10));
        assertEquals(120 + 35, budget.spent());
    }

    @Test
    void borrowingNeverSpendsMoreThanTheBudget() {
        Budget budget = new Budget(150);
        budget.reserve(Lever.VALUE_DELIVERY, 100);
        assertTrue(budget.chargeOrBorrow(Lever.VALUE_DELIVERY, 100));
        assertTrue(budget.chargeOrBorrow(Lever.VALUE_DELIVERY, 50));
        assertFalse(budget.chargeOrBorrow(Lever.VALUE_DELIVERY, 1));
        assertEquals(0, budget.free());
        assertEquals(150, budget.settle());
        assertEquals(150, budget.spent());
    }
}
