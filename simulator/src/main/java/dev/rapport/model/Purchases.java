package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Process 5c, purchases and the money around an active customer: how often it buys, what each
 * purchase pays (list price less any discount the budget covers) and costs, the discounted margin
 * it adds to the customer's value, the experience it brings (evidence for trust, and for a bad one
 * perhaps a public criticism the brand answers or ignores), and the deliveries of value the brand
 * pays for. Kept together because every one of them moves the brand's books.
 */
final class Purchases {
    private final MarketModel m;
    private final Consumers c;
    private final BrandState[] brands;
    private final int k;
    private final Mechanisms.Trust trust;
    private final Mechanisms.Reciprocity reciprocity;
    private final Mechanisms.Experience experience;
    private final Mechanisms.Listening listening;
    private final Mechanisms.ValueDelivery delivery;
    private final Mechanisms.Community community;
    private final Mechanisms.Price price;
    private final Mechanisms.Advertising advertising;
    private final double bond;
    private final double baseRate;
    private final double memberUplift;
    private final double discountRate;
    private final ConsumerTick t;

    Purchases(MarketModel m, ConsumerTick t) {
        this.m = m;
        this.c = m.consumers;
        this.brands = m.brands;
        this.k = m.brandCount;
        this.trust = m.mech.trust();
        this.reciprocity = m.mech.reciprocity();
        this.experience = m.mech.experience();
        this.listening = m.mech.listening();
        this.delivery = m.mech.valueDelivery();
        this.community = m.mech.community();
        this.price = m.mech.price();
        this.advertising = m.mech.advertising();
        this.bond = m.mech.wordOfMouth().enabled() ? m.mech.wordOfMouth().bond() : 0;
        this.baseRate = m.scenario.market().purchaseRate();
        this.memberUplift = m.scenario.market().memberPurchaseUplift();
        this.discountRate = m.scenario.market().discountRatePerWeek();
        this.t = t;
    }

    /**
     * Purchases per week of active pair p of consumer i at its current stage, given its goodwill
     * factor: the market's rate, raised for members, by goodwill, by advertising's reinforcement of
     * existing customers (Ehrenberg's awareness-trial-reinforcement), by the bond to the contact
     * whose word won it while that contact still buys, and by a price paid below the
     * reference price (lowered above it).
     */
    double rate(int i, int p, double goodwill) {
        int b = p - i * k;
        BrandState brand = brands[b];
        return baseRate * (bond > 0 && c.bonded(p, b) ? 1 + bond : 1) * (c.stage[p] >= Stage.MEMBER_CODE ? 1 + memberUplift : 1) * goodwill
                * (1 + advertising.reinforcement() * brand.levers.adEffect * c.adSensitivity[i])
                * PriceResponse.frequency(price, brand.effectivePrice(), c.referencePrice[p], c.priceSensitivity[i]);
    }

    /**
     * At least {@link #rate} whatever the goodwill factor its goodwill gives, without a
     * transcendental: goodwill's factor and price's at their most, and the bond's wherever a
     * contact's word won the pair, without asking whether that contact still buys: so the bound
     * reads nothing of another consumer, whose tick may come before or after this one's.
     */
    double mostRate(int i, int p) {
        return mostRate(i, p, Goodwill.most(reciprocity, c.goodwill[p]), brands[p - i * k].levers.adEffect);
    }

    /**
     * {@link #mostRate} at goodwill's factor {@code goodwillMost} and the ads' effect {@code adEffect}.
     * At their most in any later tick of a lull ({@link Lulls}; {@link Goodwill#keptMost}, the ads'
     * effect's cap), it is at least {@link #mostRate} then: the rest stays as it is, price's factor
     * too (the reference price moves toward a price that stays, as no discount runs in a lull, and
     * once there stays there).
     */
    double mostRate(int i, int p, double goodwillMost, double adEffect) {
        BrandState brand = brands[p - i * k];
        return baseRate * (bond > 0 && c.wonBy[p] >= 0 ? 1 + bond : 1) * (c.stage[p] >= Stage.MEMBER_CODE ? 1 + memberUplift : 1)
                * goodwillMost
                * (1 + advertising.reinforcement() * adEffect * c.adSensitivity[i])
                * PriceResponse.mostFrequency(price, brand.effectivePrice(), c.referencePrice[p]);
    }

    /** Books {@code count} purchases of brand b by i, with their experiences. */
    void purchase(int i, int b, int count) {
        int p = i * k + b;
        BrandState brand = brands[b];
        for (int n = 0; n < count; n++) {
            long list = brand.priceCents;
            long paid = list;
            if (brand.levers.discountDepth > 0) {
                long off = Math.round(list * brand.levers.discountDepth);
                if (brand.budget.chargeFree(off)) {
                    paid = list - off;
                    brand.ledger.discount(off);
                }
            }
            brand.ledger.sale(paid, brand.unitCostCents);
            long margin = paid - brand.unitCostCents;
            c.discountedMargin[p] += margin / 100.0 * Math.exp(-discountRate * (t.week - c.firstPurchaseWeek[p]));
            double good = t.rng.nextDouble();
            double critic = t.rng.nextDouble();
            double answered = t.rng.nextDouble();
            if (!experience.enabled()) {
                continue;
            }
            if (good < brand.quality) {
                if (trust.enabled()) {
                    c.positive[p] += (float) experience.evidencePerPurchase();
                }
            } else {
                if (trust.enabled()) {
                    c.negative[p] += (float) experience.evidencePerPurchase();
                }
                if (critic < experience.criticismProbability()) {
                    criticism(p, brand, answered);
                }
            }
        }
    }

    /**
     * A public criticism: answered honestly (service recovery) or ignored. Each is answered
     * with the tick's answer probability, whoever raised it, and the response borrows when the
     * tick's criticisms run past the allowance; rationing by a running allowance would answer
     * the consumers visited first and ignore the rest, and by how many depends on the tick.
     */
    private void criticism(int p, BrandState brand, double u) {
        brand.levers.tickCriticisms++;
        if (!listening.enabled()) {
            return;
        }
        boolean answered = u < brand.levers.answerProbability
                && brand.budget.chargeOrBorrow(Lever.LISTENING, m.units.responseCents());
        if (answered) {
            if (trust.enabled()) {
                c.positive[p] += (float) listening.recoveryGain();
            }
            c.goodwill[p] += (float) reciprocity.perAnswer();
        } else if (trust.enabled()) {
            c.negative[p] += (float) listening.ignoredPenalty();
        }
    }

    /** One delivery of value to pair p, if the value-delivery budget still pays for it. */
    void deliver(int p, BrandState brand) {
        if (!brand.budget.chargeOrBorrow(Lever.VALUE_DELIVERY, m.units.deliveryCents())) {
            return;
        }
        if (trust.enabled()) {
            c.positive[p] += (float) delivery.trustGain();
        }
        c.goodwill[p] += (float) delivery.goodwillGain();
    }

    /**
     * A new member's welcome, bought once when they join, if the plan funds the community now:
     * trust evidence and goodwill. Charged one by one like deliveries (borrowing past the tick's
     * allowance), so that who is welcomed does not depend on the order of consumers.
     */
    void welcome(int p, BrandState brand) {
        brand.levers.tickJoins++;
        if (!community.enabled() || !brand.levers.welcoming
                || !brand.budget.chargeOrBorrow(Lever.COMMUNITY, m.units.welcomeCents())) {
            return;
        }
        if (trust.enabled()) {
            c.positive[p] += (float) community.welcomeTrustGain();
        }
        c.goodwill[p] += (float) reciprocity.perWelcome();
    }
}
