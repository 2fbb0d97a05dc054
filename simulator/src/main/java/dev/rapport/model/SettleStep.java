package dev.rapport.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The step after events that closes a tick: settles each brand's books for the tick (unused allowances return to the
 * budget) and, on recording ticks, closes the recording interval for {@link ObservationStep};
 * every tick it also brings the {@link CustomerHistory} up to date from the tick's end stages.
 */
final class SettleStep implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        MarketModel m = (MarketModel) state;
        int tick = m.tick();
        for (BrandState brand : m.brands) {
            brand.ledger.settle(brand.budget);
            if (m.recordTick[tick]) {
                brand.ledger.closeInterval();
            }
        }
        m.history.update(m.consumers, tick);
    }
}
