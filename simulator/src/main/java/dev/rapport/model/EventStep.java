package dev.rapport.model;

import dev.rapport.scenario.EventSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 6 of a tick: events that fall in this tick. A crisis gives a share of the brand's aware
 * consumers bad experiences at once and puts negative talk in the news for a while; how the brand
 * answers decides what follows (the Nestlé Facebook episode):
 * <ul>
 *   <li>ignore: negative talk is amplified 1.5x for the buzz period;</li>
 *   <li>defensive: when the response lands, the affected take half the severity again as negative
 *       evidence, and negative talk is amplified 2.5x;</li>
 *   <li>honest: when the response lands, the affected regain 80% of the severity as positive
 *       evidence (service recovery), and negative talk is damped to 0.75x.</li>
 * </ul>
 * A quality change sets the brand's product quality from then on.
 */
final class EventStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final long CRISIS_STREAM = 0xC815_15L;

    static final double IGNORED_AMPLIFICATION = 1.5;
    static final double DEFENSIVE_AMPLIFICATION = 2.5;
    static final double HONEST_DAMPING = 0.75;
    static final double DEFENSIVE_BACKLASH = 0.5;
    static final double HONEST_RECOVERY = 0.8;

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
        for (BrandState brand : m.brands) {
            if (brand.crisis != null) {
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
        brand.crisis = crisis;
        brand.crisisResponded = false;
        brand.negativeVoiceMultiplier = IGNORED_AMPLIFICATION;
    }

    private static void follow(MarketModel m, BrandState brand, double now) {
        EventSpec.Crisis crisis = brand.crisis;
        if (!brand.crisisResponded && now + 1e-9 >= crisis.week() + crisis.responseDelayWeeks()) {
            brand.crisisResponded = true;
            respond(m, brand, crisis);
        }
        if (now + 1e-9 >= crisis.week() + crisis.buzzWeeks()) {
            brand.negativeVoiceMultiplier = 1.0;
            brand.crisis = null;
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
                brand.tickResponseCost += cents;
            }
        }
        double positive = 0;
        double negative = 0;
        switch (crisis.response()) {
            case IGNORE -> brand.negativeVoiceMultiplier = IGNORED_AMPLIFICATION;
            case DEFENSIVE -> {
                brand.negativeVoiceMultiplier = DEFENSIVE_AMPLIFICATION;
                negative = DEFENSIVE_BACKLASH * crisis.severity();
            }
            case HONEST -> {
                brand.negativeVoiceMultiplier = HONEST_DAMPING;
                positive = HONEST_RECOVERY * crisis.severity();
            }
        }
        if (!m.mech.trust().enabled() || (positive == 0 && negative == 0)) {
            return;
        }
        Consumers c = m.consumers;
        for (int i = 0; i < m.size; i++) {
            int p = i * m.brandCount + brand.index;
            if ((c.flags[p] & Consumers.CRISIS_AFFECTED) != 0) {
                c.positive[p] += (float) positive;
                c.negative[p] += (float) negative;
            }
        }
    }
}
