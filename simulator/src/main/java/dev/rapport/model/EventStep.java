package dev.rapport.model;

import dev.rapport.scenario.EventSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 6 of a tick: events that fall in this tick. A crisis gives a share of the brand's aware
 * consumers bad experiences at once (negative evidence) and puts the brand in the news for
 * {@code buzz_weeks}, during which detractors' negative talk is multiplied. How the brand answers
 * is data, not code: each response mode ({@link EventSpec.ResponseEffects}) has a talk multiplier
 * and the negative (backlash) and positive (recovery) evidence the affected take when the answer
 * lands. Until it lands, the {@code ignore} effects apply (the brand has said nothing yet). Every
 * effect works through the trust mechanism or the talk people hear; none moves a consumer's stage
 * directly. A quality change sets the brand's product quality from then on.
 */
final class EventStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final long CRISIS_STREAM = 0xC815_15L;

    @Override
    public void step(SimState state) {
        MarketModel m = (MarketModel) state;
        double end = m.week();
        double start = end - m.dt;
        for (EventSpec event : m.scenario.events()) {
            boolean now = event.week() > start + 1e-9 && event.week() <= end + 1e-9
                    || (event.week() <= 1e-9 && m.tick() == 1);
            BrandState brand = m.brands[m.scenario.brandIndex(event.brand())];
            if (now) {
                if (event instanceof EventSpec.Crisis crisis) {
                    strike(m, brand, crisis);
                } else if (event instanceof EventSpec.QualityChange qc) {
                    brand.quality = qc.quality();
                }
            }
        }
        // Crises a watcher asked for (see Tuning) strike now, dated this tick.
        for (EventSpec.Crisis asked : m.crisesAsked) {
            strike(m, m.brands[m.scenario.brandIndex(asked.brand())], Tuning.dated(asked, end));
        }
        m.crisesAsked.clear();
        for (BrandState brand : m.brands) {
            if (brand.crisis.event != null) {
                follow(m, brand, end);
            }
        }
    }

    private static void strike(MarketModel m, BrandState brand, EventSpec.Crisis crisis) {
        Consumers c = m.consumers;
        int k = m.brandCount;
        StreamRandom rng = new StreamRandom();
        long key = StreamRandom.mix(m.dynamicsKey ^ CRISIS_STREAM);
        boolean trustOn = m.mech.trust().enabled();
        for (int i = 0; i < m.size; i++) {
            int p = i * k + brand.index;
            rng.reset(key, m.tick(), i);
            double u = rng.nextDouble();
            if (c.stage[p] != Stage.UNAWARE_CODE && u < crisis.shareAffected()) {
                c.flags[p] |= Consumers.CRISIS_AFFECTED;
                if (trustOn) {
                    c.negative[p] += (float) crisis.severity();
                }
            }
        }
        brand.crisis.strike(crisis);
        if (m.lulls != null) {
            m.lulls.wakeAll(); // evidence given outside the consumers' own ticks
        }
    }

    private static void follow(MarketModel m, BrandState brand, double now) {
        EventSpec.Crisis crisis = brand.crisis.event;
        if (!brand.crisis.responded && now + 1e-9 >= crisis.week() + crisis.responseDelayWeeks()) {
            brand.crisis.responded = true;
            respond(m, brand, crisis);
        }
        if (now + 1e-9 >= crisis.week() + crisis.buzzWeeks()) {
            brand.crisis.end();
            Consumers c = m.consumers;
            for (int i = 0; i < m.size; i++) {
                c.flags[i * m.brandCount + brand.index] &= ~Consumers.CRISIS_AFFECTED;
            }
        }
    }

    private static void respond(MarketModel m, BrandState brand, EventSpec.Crisis crisis) {
        if (crisis.responseCost() > 0) {
            long cents = Budget.cents(crisis.responseCost());
            if (brand.budget.chargeFree(cents)) {
                brand.ledger.responseCost(cents);
            }
        }
        EventSpec.ResponseEffects effects = crisis.effects();
        brand.crisis.negativeVoiceMultiplier = effects.negativeTalk();
        double positive = effects.recovery() * crisis.severity();
        double negative = effects.backlash() * crisis.severity();
        if (!m.mech.trust().enabled() || (positive == 0 && negative == 0)) {
            return;
        }
        Consumers c = m.consumers;
        if (m.lulls != null) {
            m.lulls.wakeAll();
        }
        for (int i = 0; i < m.size; i++) {
            int p = i * m.brandCount + brand.index;
            if ((c.flags[p] & Consumers.CRISIS_AFFECTED) != 0) {
                c.positive[p] += (float) positive;
                c.negative[p] += (float) negative;
            }
        }
    }
}
