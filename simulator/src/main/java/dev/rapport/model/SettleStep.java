package dev.rapport.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The step after events that closes a tick: settles each brand's books for the tick (unused allowances return to the
 * budget; the tick's profit is discounted to week 0 from the week the tick ends, as {@link Purchases} discounts a
 * customer's margin from the end of the tick it was earned in) and, on recording ticks, closes the recording
 * interval for {@link ObservationStep}; every tick it also brings the {@link CustomerHistory} up to date from the
 * tick's end stages.
 */
final class SettleStep implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        MarketModel m = (MarketModel) state;
        int tick = m.tick();
        // Continuous discounting, exp(-rate * week), at the week the tick ends.
        double discountFactor = Math.exp(-m.scenario.market().discountRatePerWeek() * m.week());
        for (BrandState brand : m.brands) {
            brand.ledger.settle(brand.budget, discountFactor);
            if (m.recordTick[tick]) {
                brand.ledger.closeInterval();
            }
        }
        m.history.update(m.consumers, tick);
    }
}
