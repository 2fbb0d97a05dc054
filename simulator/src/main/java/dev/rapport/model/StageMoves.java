package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Process 5d, moves between stages: an active pair's hazards of lapsing, moving up (joining the
 * tribe, becoming an advocate), stepping back below the trust threshold and turning detractor,
 * and the moves of a lapsed or detractor pair (turning detractor, recovering). Every move is a
 * hazard per week; {@link CustomerLife} races the active pair's against its purchases.
 */
final class StageMoves {
    /** The stage-move hazards per week of one active pair, by kind; one reusable instance. */
    static final class Hazards {
        double leave;
        double up;
        double down;
        double detract;

        /** The sum the race draws against. */
        double total() {
            return leave + up + down + detract;
        }
    }

    private final Consumers c;
    private final BrandState[] brands;
    private final int k;
    private final double dt;
    private final Mechanisms.Trust trust;
    private final Mechanisms.Churn churn;
    private final Mechanisms.Discount discount;
    private final Mechanisms.Price price;
    private final Mechanisms.Membership membership;
    private final Mechanisms.ValueFit valueFit;
    private final Mechanisms.Community community;
    private final Mechanisms.AdvocateProgramme programme;
    private final Mechanisms.Detraction detraction;
    private final double bond;
    private final Evidence evidence;
    private final Purchases purchases;
    private final ConsumerTick t;
    private final Hazards hazards = new Hazards();
    /** Trust's factor in churn at its most, trust at 0: exp(k·½). */
    private final double mostTrustChurn;
    /** Fit's factor in joining at its most, fit at 1: exp(w·½). */
    private final double mostFitJoin;
    private final Mechanisms.Reciprocity reciprocity;

    StageMoves(MarketModel m, ConsumerTick t, Evidence evidence, Purchases purchases) {
        this.c = m.consumers;
        this.brands = m.brands;
        this.k = m.brandCount;
        this.dt = m.dt;
        this.trust = m.mech.trust();
        this.churn = m.mech.churn();
        this.discount = m.mech.discount();
        this.price = m.mech.price();
        this.membership = m.mech.membership();
        this.valueFit = m.mech.valueFit();
        this.community = m.mech.community();
        this.programme = m.mech.advocateProgramme();
        this.detraction = m.mech.detraction();
        this.bond = m.mech.wordOfMouth().enabled() ? m.mech.wordOfMouth().bond() : 0;
        this.evidence = evidence;
        this.purchases = purchases;
        this.t = t;
        this.mostTrustChurn = Math.exp(churn.trustSensitivity() * 0.5);
        this.mostFitJoin = valueFit.enabled() ? Math.exp(valueFit.weight() * 0.5) : 1;
        this.reciprocity = m.mech.reciprocity();
    }

    /**
     * At least the summed move hazards of active pair (i, b) at trust {@code trust}
     * ({@link #hazards}) at any goodwill, without a transcendental where it can be helped: trust's
     * factor in churn at trust 0, fit's in joining at fit 1, goodwill's at its most, and the
     * contacts' hold and the bond, which only lower churn, left out.
     */
    double mostHazard(int i, int b, double trust) {
        int p = i * k + b;
        byte st = c.stage[p];
        double most = 0;
        if (churn.enabled()) {
            most += pulledAndDealt(i, b, churn.baseRate() * mostTrustChurn * stageFactor(p, b) * pricePenalty(i, b, p));
        }
        if (membership.enabled()) {
            double recip = Goodwill.most(reciprocity, c.goodwill[p]);
            double readiness = readiness(trust);
            if (st == Stage.CUSTOMER_CODE) {
                most += membership.joinRate() * readiness * mostFitJoin * (1 + membership.friendsPull() * t.mostTribe(b)) * recip;
            } else if (st == Stage.MEMBER_CODE) {
                most += advocacy(i, b, readiness) * recip;
            }
            most += demotion(st, trust);
        }
        return most + (detraction.enabled() ? detract(b, trust) : 0);
    }

    /**
     * Whether active pair p at trust {@code trust} is clear of the thresholds below which it may step
     * back or turn detractor: {@link #keptMostHazard} leaves those moves out, so a kept bound holds
     * only at trust where this is true.
     */
    boolean clearOfThresholds(int p, double trust) {
        if (!this.trust.enabled()) {
            return true;
        }
        return (!detraction.enabled() || trust >= detraction.threshold())
                && (!membership.enabled() || c.stage[p] < Stage.MEMBER_CODE || trust >= membership.trustThreshold());
    }

    /**
     * At least {@link #mostHazard} in any later tick of a lull ({@link Lulls}) whose trust is
     * {@link #clearOfThresholds}, in a single-brand market: readiness at its most (1), no demotion
     * and no detraction by trust,
     * goodwill's factor at most {@code goodwillMost}, churn's stage factor with no hosting and no
     * programme coverage (which only lower it), the programme's coverage toward advocacy at
     * {@code coverageCap}, the share of contacts in the tribe at most {@code mostShare} (what
     * {@link ConsumerTick#mostTribe} gives before listening), no bad talk heard, and price's penalty
     * at its most over where the reference price can go ({@link #keptPricePenalty}). Summed in
     * {@link #mostHazard}'s order, each term at least its, so that rounding keeps the order.
     */
    double keptMostHazard(int i, int b, double goodwillMost, double coverageCap, double mostShare) {
        int p = i * k + b;
        byte st = c.stage[p];
        double most = 0;
        if (churn.enabled()) {
            most += pulledAndDealt(i, b, churn.baseRate() * mostTrustChurn * stageFactor(st, 0, 0) * keptPricePenalty(i, b, p));
        }
        if (membership.enabled()) {
            double readiness = 1;
            if (st == Stage.CUSTOMER_CODE) {
                most += membership.joinRate() * readiness * mostFitJoin * (1 + membership.friendsPull() * mostShare) * goodwillMost;
            } else if (st == Stage.MEMBER_CODE) {
                most += advocacyCovered(i, coverageCap, readiness) * goodwillMost;
            }
            // No demotion: clear of the threshold.
        }
        // No detraction: clear of the threshold, and nothing bad heard.
        return most;
    }

    /**
     * At least pair p's price penalty on churn in any later tick of a lull: the reference price moves
     * from now's toward the brand's price, which stays (no discount runs in a lull), and never past it
     * by more than a float's rounding; the penalty only grows as the reference falls, or is at most 1
     * if price sensitivity is negative. So it is taken a millionth below the lower of the two.
     */
    private double keptPricePenalty(int i, int b, int p) {
        double paid = brands[b].effectivePrice();
        double lowest = Math.min(c.referencePrice[p], paid) * (1 - 1e-6);
        return Math.max(1, PriceResponse.churn(price, paid, lowest, c.willingnessToPay[i], c.priceSensitivity[i]));
    }

    /**
     * The stage-move hazards per week of active pair (i, b) at trust {@code trust} and goodwill
     * factor {@code recip}, in the one reusable {@link Hazards} (valid until the next call).
     */
    Hazards hazards(int i, int b, double recip, double trust) {
        int p = i * k + b;
        byte st = c.stage[p];
        hazards.leave = lapse(i, b, recip, trust);
        hazards.up = 0;
        hazards.down = 0;
        if (membership.enabled()) {
            hazards.up = up(i, b, recip, trust);
            hazards.down = demotion(st, trust);
        }
        hazards.detract = detraction.enabled() ? detract(b, trust) : 0;
        return hazards;
    }

    /**
     * Lapse: churn by trust, stage (less for a hosted tribe and covered advocates), price against
     * the reference and the willingness to pay, goodwill, the rivals' tribes, lost deals.
     */
    private double lapse(int i, int b, double recip, double trust) {
        if (!churn.enabled()) {
            return 0;
        }
        int p = i * k + b;
        double pricePenalty = pricePenalty(i, b, p);
        // Customers among one's contacts hold one (Nitzan & Libai 2011); t.proofShare(b) is the share of
        // contacts who are the brand's active customers, oneself not counted.
        double social = Math.exp(-churn.socialRetention() * t.proofShare(b));
        // Won by a contact's word who still buys: that tie holds one too (social enrichment).
        double bonded = bond > 0 && c.bonded(p, b) ? 1 + bond : 1;
        double leave = churn.baseRate() * Math.exp(churn.trustSensitivity() * (0.5 - trust)) * stageFactor(p, b) * pricePenalty
                * social / recip / bonded;
        return pulledAndDealt(i, b, leave);
    }

    /** Churn's factor for pair p's stage (brand b): members and advocates churn less, less again when hosted or covered. */
    private double stageFactor(int p, int b) {
        LeverEffects levers = brands[b].levers;
        return stageFactor(c.stage[p], levers.hostingCoverage, levers.programmeCoverage);
    }

    /** Churn's factor for stage st at the community's hosting coverage and the programme's coverage given. */
    private double stageFactor(byte st, double hosting, double covered) {
        double stageFactor = st == Stage.ADVOCATE_CODE ? churn.advocateFactor()
                : st == Stage.MEMBER_CODE ? churn.memberFactor() : 1;
        if (st >= Stage.MEMBER_CODE && community.enabled()) {
            stageFactor *= 1 - community.retentionBoost() * hosting;
        }
        if (st == Stage.ADVOCATE_CODE && programme.enabled()) {
            stageFactor *= 1 - programme.retentionBoost() * covered;
        }
        return stageFactor;
    }

    private double pricePenalty(int i, int b, int p) {
        return PriceResponse.churn(price, brands[b].effectivePrice(), c.referencePrice[p],
                c.willingnessToPay[i], c.priceSensitivity[i]);
    }

    /** Churn {@code leave} plus the rivals' tribes' pull and a deal-won customer's churn once the deal ends. */
    private double pulledAndDealt(int i, int b, double leave) {
        int p = i * k + b;
        BrandState brand = brands[b];
        double rivals = 0;
        for (int r = 0; r < k; r++) {
            if (r != b) {
                rivals += t.tribeShare(r);
            }
        }
        leave += churn.rivalPull() * rivals;
        if (discount.enabled() && (c.flags[p] & Consumers.DEAL_ACQUIRED) != 0 && brand.levers.discountDepth == 0) {
            leave += discount.dealChurnRate() * c.priceSensitivity[i];
        }
        return leave;
    }

    /** One stage up: a customer joins the tribe, a member becomes an advocate, once trust is ready. */
    private double up(int i, int b, double recip, double trust) {
        int p = i * k + b;
        byte st = c.stage[p];
        double readiness = readiness(trust);
        if (st == Stage.CUSTOMER_CODE) {
            double fitFactor = valueFit.enabled() ? Math.exp(valueFit.weight() * (c.fit[p] - 0.5)) : 1;
            // Friends already in the tribe draw one in (t.tribeShare(b): share of contacts in it).
            double friends = 1 + membership.friendsPull() * t.tribeShare(b);
            return membership.joinRate() * readiness * fitFactor * friends * recip;
        } else if (st == Stage.MEMBER_CODE) {
            return advocacy(i, b, readiness) * recip;
        }
        return 0;
    }

    /** Stepping back: members and advocates below the trust threshold drift down a stage. */
    private double demotion(byte st, double trust) {
        return st >= Stage.MEMBER_CODE && this.trust.enabled() && trust < membership.trustThreshold()
                ? membership.demotionRate() : 0;
    }

    /** How ready trust makes a pair to move up: 0 at the threshold, 1 at full trust; 1 with trust off. */
    private double readiness(double trust) {
        return this.trust.enabled()
                ? Math.max(0, (trust - membership.trustThreshold()) / (1 - membership.trustThreshold())) : 1;
    }

    /** A member's hazard of becoming an advocate before goodwill's factor. */
    private double advocacy(int i, int b, double readiness) {
        return advocacyCovered(i, brands[b].levers.programmeCoverage, readiness);
    }

    /** {@link #advocacy} at the programme's coverage {@code covered}. */
    private double advocacyCovered(int i, double covered, double readiness) {
        double promoted = programme.enabled() ? programme.promotionRate() * covered : 0;
        return (membership.advocateRate() + promoted) * readiness * c.talkativeness[i];
    }

    /** Turning detractor: below the trust threshold, and converted by bad talk heard. */
    private double detract(int b, double trust) {
        return (this.trust.enabled() && trust < detraction.threshold() ? detraction.rate() : 0)
                + detraction.conversionRate() * t.heardNegative(b);
    }

    /**
     * Moves active pair (i, b) by the hazard of {@code h} that {@code which} (uniform on
     * [0, h.total()]) falls in, with {@code remaining} weeks of the tick still to live.
     */
    void moveTo(int i, int b, Hazards h, double which, double remaining) {
        int p = i * k + b;
        byte st = c.stage[p];
        c.movedAt[p] = (float) (dt - remaining);
        if (which < h.leave) {
            c.stage[p] = Stage.LAPSED_CODE;
        } else if (which < h.leave + h.up) {
            c.stage[p] = (byte) (st + 1);
            if (st == Stage.CUSTOMER_CODE) {
                purchases.welcome(p, brands[b]);
            }
            return;
        } else if (which < h.leave + h.up + h.down) {
            c.stage[p] = (byte) (st - 1);
            return;
        } else {
            c.stage[p] = Stage.DETRACTOR_CODE;
        }
        afterwards(p, remaining, t.rng.nextDouble(), t.rng.nextDouble());
    }

    /**
     * The rest of a tick, {@code remaining} weeks, of pair p in a lapsed or detractor stage:
     * up to two moves between them (turning detractor while trust is below the threshold,
     * recovering), at the exponential times that {@code first} and {@code second} give. With
     * one move per tick every stay would last half a tick too long on average (a geometric
     * number of ticks has mean 1/(r·dt) + ½ + O(dt)), and weekly ticks would keep lapsed
     * consumers below the threshold 10% longer than daily ones before they turn detractor.
     */
    void afterwards(int p, double remaining, double first, double second) {
        turn(p, turn(p, remaining, first), second);
    }

    /**
     * The next move of lapsed or detractor pair p within {@code remaining} weeks, at the
     * exponential time {@code u} gives; returns the weeks left after it (0 if none).
     */
    private double turn(int p, double remaining, double u) {
        byte st = c.stage[p];
        double r = 0;
        if (detraction.enabled()) {
            if (st == Stage.LAPSED_CODE) {
                r = trust.enabled() && evidence.trustOf(p) < detraction.threshold() ? detraction.rate() : 0;
            } else if (st == Stage.DETRACTOR_CODE) {
                r = detraction.recoveryRate();
            }
        }
        if (r <= 0 || remaining <= 0) {
            return 0;
        }
        double left = remaining + Math.log1p(-u) / r;
        if (left <= 0) {
            return 0;
        }
        c.stage[p] = st == Stage.LAPSED_CODE ? Stage.DETRACTOR_CODE : Stage.LAPSED_CODE;
        c.movedAt[p] = (float) (dt - left);
        return left;
    }
}
