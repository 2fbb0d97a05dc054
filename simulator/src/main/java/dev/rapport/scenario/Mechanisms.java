package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.MoneyAmount;
import dev.rapport.scenario.bind.Range;

/**
 * The model's behavioural mechanisms and their parameters. Every rate is per week (the model turns
 * a rate r into a probability 1 − exp(−r·dt) per tick), and every mechanism has an
 * {@code enabled} switch so that the full model reduces by configuration to classic ones: with
 * trust, value fit, price, churn, membership and awareness off, trial is exactly Bass's p + q·F.
 */
@Doc("Behavioural mechanisms, each with parameters and an 'enabled' switch.")
public record Mechanisms(
        Awareness awareness,
        Advertising advertising,
        Discount discount,
        Price price,
        PaidReach paidReach,
        ValueDelivery valueDelivery,
        Community community,
        AdvocateProgramme advocateProgramme,
        Listening listening,
        WordOfMouth wordOfMouth,
        SocialProof socialProof,
        Trust trust,
        ValueFit valueFit,
        Reciprocity reciprocity,
        Membership membership,
        Churn churn,
        Detraction detraction,
        Experience experience,
        Recommendation recommendation) {

    /** Awareness is gained from ads, followers and talk, and fades without contact. */
    @Doc("Awareness: unaware consumers learn of a brand from advertising, paid reach and talk; aware non-customers forget.")
    public record Awareness(
            @Default("true") @Doc("Off: everyone starts aware of every brand and never forgets.") boolean enabled,
            @Default("0.02") @Range(min = 0, max = 100) @Doc("Rate per week at which aware non-customers forget the brand.") double forgettingRate,
            @Default("0.2") @Range(min = 0, max = 100) @Doc("Awareness rate per unit of word-of-mouth voice heard (positive or negative).") double wordOfMouthRate,
            @Default("0.001") @Range(min = 0, max = 100) @Doc("Rate per week of becoming aware with no contact at all (shelves, press).") double organicRate) {
    }

    /** Advertising response: adstock carryover, Hill saturation, and the cost of shouting. */
    @Doc("Advertising response: carryover (adstock), diminishing returns (Hill) and the trust cost of heavy frequency.")
    public record Advertising(
            @Default("true") @Doc("Off: advertising spend buys nothing.") boolean enabled,
            @Default("10") @MoneyAmount @Range(min = 0.0001, max = 1e6) @Doc("Cost per thousand impressions.") double costPerThousand,
            @Default("0.85") @Range(min = 0, max = 0.9999) @Doc("Adstock carryover: share of last week's advertising pressure that remains this week.") double carryover,
            @Default("true") @Doc("Hill saturation (diminishing returns); off: effect is linear in pressure.") boolean saturation,
            @Default("1.5") @Range(min = 0.0001, max = 1e6) @Doc("Pressure (impressions per person per week) at which the effect is half its maximum.") double halfSaturation,
            @Default("1.5") @Range(min = 0.1, max = 10) @Doc("Hill shape: above 1 the response is S-shaped.") double hillShape,
            @Default("0.3") @Range(min = 0, max = 100) @Doc("Awareness rate per week at full effect.") double awarenessRate,
            @Default("0.01") @Range(min = 0, max = 100) @Doc("Trial rate per week of aware consumers at full effect (Bass p).") double persuasionRate,
            @Default("1.3") @Range(min = 0, max = 100) @Doc("Extra purchase rate of active customers at full effect, times advertising sensitivity (reinforcement: Ehrenberg's awareness-trial-reinforcement); calibrated so the flagship's long-term advertising elasticity of sales is near Sethuraman et al.'s 0.24.") double reinforcement,
            @Default("4") @Range(min = 0, max = 1e6) @Doc("Pressure above which advertising annoys (shouting).") double shoutingThreshold,
            @Default("0.02") @Range(min = 0, max = 100) @Doc("Negative evidence per week per unit of pressure above the threshold, for aware consumers.") double shoutingPenalty) {
    }

    /**
     * Discounts: the price paid falls while one runs (so trial and purchases respond through
     * {@link Price}), and customers it brought in are deal-prone.
     */
    @Doc("Discounts: lower the price paid while they run (demand responds through 'price'), and attract deal-prone buyers who lapse when they end.")
    public record Discount(
            @Default("true") @Doc("Off: the discount lever does nothing (list price is charged).") boolean enabled,
            @Default("0.003") @Range(min = 0, max = 100) @Doc("Extra churn rate per week of customers a discount brought in, while no discount runs, times price sensitivity (Lewis 2006: promotion-acquired customers are worth less).") double dealChurnRate) {
    }

    /**
     * Price in demand. Trial (and so the choice among brands and "none") is scaled by the share of
     * a consumer's people whose willingness to pay w covers the price: a logit on log price against
     * the outside option, 1 / (1 + (price / w)^(trialWeight·s)), s the consumer's price
     * sensitivity. An active customer's purchase rate is scaled by 2 / (1 + (paid / reference)^(frequencyWeight·s)),
     * the reference price being what they are used to paying (Kalyanaram &amp; Winer 1995): a price
     * below it brings purchases forward (at most twice the usual rate), a price above it holds them
     * back, and the effect fades as the reference learns the new price. Churn rises with the price
     * above the lower of the reference and the willingness to pay.
     */
    @Doc("Price in demand: trial and the choice among brands respond to price against willingness to pay, purchase frequency to the price paid against one's reference price, churn to a price above either.")
    public record Price(
            @Default("true") @Doc("Off: price moves no behaviour (profit still scales with it).") boolean enabled,
            @Default("4") @Range(min = 0, max = 100) @Doc("Weight of log(price / willingness to pay) in trial: the share of a consumer's people who would try is 1 / (1 + (price / wtp)^(weight x price sensitivity)).") double trialWeight,
            @Default("5.5") @Range(min = 0, max = 100) @Doc("Weight of log(price paid / reference price) in purchase frequency: the rate is scaled by 2 / (1 + (paid / reference)^(weight x price sensitivity)); the elasticity at the reference price is -weight x sensitivity / 2.") double frequencyWeight,
            @Default("1.5") @Range(min = 0, max = 100) @Doc("Weight of the price above the lower of one's reference price and willingness to pay in churn: the rate is scaled by exp(weight x price sensitivity x relative excess).") double churnWeight,
            @Default("0.1") @Range(min = 0, max = 100) @Doc("Rate per week at which a customer's reference price moves to the price paid.") double referenceLearningRate) {
    }

    /** Paid reach: followers bought at a price. */
    @Doc("Paid reach: buys followers (connected, aware, not engaged).")
    public record PaidReach(
            @Default("true") @Doc("Off: paid reach buys nothing.") boolean enabled,
            @Default("2") @MoneyAmount @Range(min = 0.0001, max = 1e6) @Doc("Cost per follower acquired.") double costPerFollower) {
    }

    /** Value delivery: positive experiences without a sale. */
    @Doc("Value delivery: useful content or service to active customers; raises trust and goodwill.")
    public record ValueDelivery(
            @Default("true") @Doc("Off: value delivery spend buys nothing.") boolean enabled,
            @Default("0.5") @MoneyAmount @Range(min = 0.0001, max = 1e6) @Doc("Cost per delivery to one customer.") double costPerContact,
            @Default("0.5") @Range(min = 0, max = 100) @Doc("Positive evidence per delivery.") double trustGain,
            @Default("1") @Range(min = 0, max = 100) @Doc("Goodwill received per delivery (see reciprocity).") double goodwillGain,
            @Default("2") @Range(min = 0, max = 100) @Doc("Most deliveries per customer per week (spend beyond is not used).") double maxPerWeek) {
    }

    /**
     * Community hosting as practised: each new member is welcomed once, when they join, and the
     * community is hosted (events, a space) at a cost per member per week; hosting raises members'
     * talk and retention and introduces members to each other (strong ties inside the tribe).
     */
    @Doc("Community: a welcome for each new member, paid once when they join; hosting (events, a space) paid per member per week raises members' talk and retention and introduces them to each other.")
    public record Community(
            @Default("true") @Doc("Off: community spend buys nothing.") boolean enabled,
            @Default("5") @MoneyAmount @Range(min = 0.0001, max = 1e6) @Doc("Cost of welcoming one new member, paid once when they join.") double costPerWelcome,
            @Default("0.5") @Range(min = 0, max = 100) @Doc("Positive evidence (trust) a welcome gives the new member.") double welcomeTrustGain,
            @Default("0.5") @MoneyAmount @Range(min = 0.0001, max = 1e6) @Doc("Cost of hosting one member for a week (events, a space, moderation).") double costPerMember,
            @Default("0.5") @Range(min = 0, max = 100) @Doc("Extra talk of hosted members (0.5 = half as much again) at full coverage.") double talkBoost,
            @Default("0.5") @Range(min = 0, max = 1) @Doc("Share of members' churn that hosting removes at full coverage.") double retentionBoost,
            @Default("0.05") @Range(min = 0, max = 10) @Doc("Introductions per hosted member per week, each adding a strong tie to another member.") double introductionRate) {
    }

    /** Advocate programme: rewards and tools for evangelists. */
    @Doc("Advocate programme: tools and rewards for active advocates, paid per advocate per week; raises their sharing, referral conversion and retention, and the rate at which members become advocates.")
    public record AdvocateProgramme(
            @Default("true") @Doc("Off: programme spend buys nothing.") boolean enabled,
            @Default("3") @MoneyAmount @Range(min = 0.0001, max = 1e6) @Doc("Cost per advocate per week for full coverage.") double costPerAdvocate,
            @Default("1") @Range(min = 0, max = 100) @Doc("Extra sharing of covered advocates (1 = twice as much talk).") double sharingBoost,
            @Default("1") @Range(min = 0, max = 100) @Doc("Extra conversion of their referrals (1 = twice as persuasive).") double referralBoost,
            @Default("0.03") @Range(min = 0, max = 100) @Doc("Extra rate per week at which members become advocates, at full coverage.") double promotionRate,
            @Default("0.5") @Range(min = 0, max = 1) @Doc("Share of covered advocates' churn the programme removes.") double retentionBoost,
            @Default("0.2") @Range(min = 0, max = 100) @Doc("Goodwill per week a covered advocate receives from rewards (see reciprocity).") double rewardGoodwill) {
    }

    /** Listening and response to criticism. */
    @Doc("Listening: criticisms answered honestly recover trust; ignored ones add negative evidence.")
    public record Listening(
            @Default("true") @Doc("Off: no criticism is answered, and unanswered ones cost nothing extra.") boolean enabled,
            @Default("10") @MoneyAmount @Range(min = 0.0001, max = 1e6) @Doc("Cost of answering one criticism.") double costPerResponse,
            @Default("2") @Range(min = 0, max = 100) @Doc("Positive evidence for a critic who gets an honest answer (service recovery).") double recoveryGain,
            @Default("0.5") @Range(min = 0, max = 100) @Doc("Extra negative evidence for a critic who is ignored.") double ignoredPenalty) {
    }

    /** Word of mouth along ties. */
    @Doc("Word of mouth along ties: customers, members and advocates speak well, detractors badly.")
    public record WordOfMouth(
            @Default("true") @Doc("Off: nobody talks.") boolean enabled,
            @Default("count") @Doc("count: influence adds up per speaking contact (Goldenberg); fraction: influence is the speaking share of one's contacts (Bass q·F). On a complete network both hear the population-wide average voice of one contact.") Mode mode,
            @Default("continuous") @Doc("continuous: speakers talk every week; once: only in the tick after they adopt (independent cascade).") Speaking speaking,
            @Default("0.1") @Range(min = 0, max = 100) @Doc("Positive voice of an ordinary customer.") double customerVoice,
            @Default("0.3") @Range(min = 0, max = 100) @Doc("Positive voice of a member.") double memberVoice,
            @Default("1") @Range(min = 0, max = 100) @Doc("Positive voice of an advocate (their talk counts as referral).") double advocateVoice,
            @Default("0.5") @Range(min = 0, max = 100) @Doc("Negative voice of a detractor (East et al.: positive talk is about 3x as frequent as negative).") double detractorVoice,
            @Default("0.02") @Range(min = 0, max = 100) @Doc("Trial rate per week per unit of positive voice heard (per-contact rate; Bass q in fraction mode).") double trialRate,
            @Default("0.05") @Range(min = 0, max = 100) @Doc("Negative evidence per week per unit of negative voice heard.") double negativeRate,
            @Default("2") @Range(min = 0, max = 100) @Doc("How much more negative talk weighs for consumers who are not (yet) customers.") double unfamiliarNegativeWeight,
            @Default("2") @Range(min = 0, max = 100) @Doc("How much more a strong tie persuades than a weak one.") double strongTieWeight,
            @Default("2") @Range(min = 0, max = 100) @Doc("Positive evidence (trust) that a customer won by word of mouth or referral brings from what they heard: friends vouch for the brand (Schmitt, Skiera & Van den Bulte 2011: referred customers stay longer and are worth more).") double vouching,
            @Default("0.5") @Range(min = 0, max = 10) @Doc("The tie to the contact whose word won a customer (an advocate's referral, or a customer's or member's positive word of mouth): while that contact still buys the brand, the customer buys (1 + bond) times as often and churns 1 / (1 + bond) times as often (social enrichment: Schmitt, Skiera & Van den Bulte 2011; Van den Bulte, Bayer, Skiera & Schmitt 2018). The size is calibrated to the value gap they report; 0: how a customer was won stops mattering once trust has been gained.") double bond,
            @Default("catch_up") @Doc("When a contact's change during a tick (starting, raising or stopping its talk, buying, joining, lapsing) reaches the others, with continuous speaking: catch_up (from the next tick, which also carries the part of the last tick that was missed, so a coarse tick does not delay word of mouth or social proof) or tick_start (only from the next tick: each tick sees its start's state, the plain stepped hazard 1 - exp(-(p + qF) dt) of the Bass model).") Timing timing) {

        /** How influence from contacts adds up. */
        public enum Mode { COUNT, FRACTION }

        /** When adopters talk. */
        public enum Speaking { CONTINUOUS, ONCE }

        /** When a change in a speaker's voice reaches its listeners. */
        public enum Timing { CATCH_UP, TICK_START }
    }

    /** Social proof: what one's contacts buy. */
    @Doc("Social proof: the share of one's contacts who are active customers raises trial.")
    public record SocialProof(
            @Default("true") @Doc("Off: no social proof.") boolean enabled,
            @Default("0.02") @Range(min = 0, max = 100) @Doc("Trial rate per week when all contacts are customers, times social sensitivity.") double rate) {
    }

    /** Beta-reputation trust with forgetting. */
    @Doc("Trust: beta reputation (r+1)/(r+s+2) from positive r and negative s evidence, which fades.")
    public record Trust(
            @Default("true") @Doc("Off: trust stays 0.5 and does not change choices.") boolean enabled,
            @Default("0.01") @Range(min = 0, max = 100) @Doc("Rate per week at which old evidence fades.") double forgettingRate,
            @Default("3") @Range(min = 0, max = 100) @Doc("Weight of trust (centred on 0.5) in the attractiveness of a brand.") double weight) {
    }

    /** Value fit between consumer identity and brand purpose. */
    @Doc("Value fit: closeness of a consumer's values to the brand's purpose.")
    public record ValueFit(
            @Default("true") @Doc("Off: fit does not change choices.") boolean enabled,
            @Default("2") @Range(min = 0, max = 100) @Doc("Weight of fit (centred on 0.5) in attractiveness and in joining.") double weight) {
    }

    /**
     * Reciprocity as goodwill: value given beyond the exchange (deliveries, answered criticism, a
     * welcome, rewards) builds goodwill g, which fades at a stated rate (gratitude is short-lived:
     * Palmatier et al. 2009). It multiplies purchase frequency, joining, advocacy and positive talk
     * by 1 + weight·tanh(g), and divides churn by it: never below the usual rates, at most
     * 1 + weight times them. A purchase at a fair price is a balanced exchange and creates no debt;
     * referring others never lowers one's own buying.
     */
    @Doc("Reciprocity as goodwill: value given beyond the exchange builds goodwill, which fades and raises purchase frequency, retention, joining and recommendation within a stated bound.")
    public record Reciprocity(
            @Default("true") @Doc("Off: goodwill is kept but changes nothing.") boolean enabled,
            @Default("0.3") @Range(min = 0, max = 10) @Doc("Most that goodwill raises purchase frequency, joining, advocacy and positive talk (0.3 = 30%) and divides churn by: the factor is 1 + weight x tanh(goodwill).") double weight,
            @Default("0.15") @Range(min = 0, max = 100) @Doc("Rate per week at which goodwill fades (0.15: half-life about 4.6 weeks).") double decayRate,
            @Default("1") @Range(min = 0, max = 100) @Doc("Goodwill from a criticism answered honestly.") double perAnswer,
            @Default("1") @Range(min = 0, max = 100) @Doc("Goodwill from a community welcome.") double perWelcome) {
    }

    /** Customer to member to advocate, and back. */
    @Doc("Membership: customers join the tribe, members become advocates, and drift back when trust falls.")
    public record Membership(
            @Default("true") @Doc("Off: nobody joins or advocates.") boolean enabled,
            @Default("0.01") @Range(min = 0, max = 100) @Doc("Rate per week at which trusting customers join the tribe.") double joinRate,
            @Default("0.005") @Range(min = 0, max = 100) @Doc("Rate per week at which trusting members become advocates.") double advocateRate,
            @Default("3") @Range(min = 0, max = 100) @Doc("How much friends in the tribe draw a customer in: the join rate x (1 + friends_pull x share of contacts who are members or advocates) (Backstrom, Huttenlocher, Kleinberg & Lan 2006: joining a community grows with the friends already in it).") double friendsPull,
            @Default("0.6") @Range(min = 0, max = 1) @Doc("Trust above which joining and advocacy happen; below it members drift back.") double trustThreshold,
            @Default("0.2") @Range(min = 0, max = 100) @Doc("Rate per week at which members and advocates below the threshold step back.") double demotionRate) {
    }

    /** Churn of customers. */
    @Doc("Churn: customers lapse at a rate that grows as trust falls or a rival tribe pulls.")
    public record Churn(
            @Default("true") @Doc("Off: nobody lapses.") boolean enabled,
            @Default("0.01") @Range(min = 0, max = 100) @Doc("Base churn rate per week at trust 0.5 (about 4% a month).") double baseRate,
            @Default("4") @Range(min = 0, max = 100) @Doc("How strongly low trust raises churn (rate x exp(k x (0.5 - trust))).") double trustSensitivity,
            @Default("0.5") @Range(min = 0, max = 10) @Doc("Churn of members relative to customers.") double memberFactor,
            @Default("0.25") @Range(min = 0, max = 10) @Doc("Churn of advocates relative to customers.") double advocateFactor,
            @Default("0.05") @Range(min = 0, max = 100) @Doc("Extra churn rate per week when all contacts are members of rival tribes.") double rivalPull,
            @Default("1.5") @Range(min = 0, max = 100) @Doc("How much the brand's customers among one's contacts hold one: churn x exp(-social_retention x share of contacts who are its active customers) (Nitzan & Libai 2011: customers whose neighbours stay, stay).") double socialRetention,
            @Default("0.5") @Range(min = 0, max = 10) @Doc("Trial rate of lapsed consumers relative to the aware (win-back).") double winbackFactor,
            @Default("with_purchases") @Doc("When an active customer's stage moves (churn, joining, detraction) happen: with_purchases (in continuous time among the tick's purchases, at the trust of the moment, so a customer who lapses buys nothing after it) or before_purchases (one move decided at the tick's start, then the purchases of those still active: the period timing of the textbook CLV m·r/(1+d−r)). The two agree as the tick shrinks.") Timing timing) {

        /** When an active customer's stage moves happen relative to its purchases. */
        public enum Timing { WITH_PURCHASES, BEFORE_PURCHASES }
    }

    /** Detractors: low trust turns into speaking against the brand. */
    @Doc("Detraction: consumers with low trust become detractors and speak against the brand, until they move on.")
    public record Detraction(
            @Default("true") @Doc("Off: nobody becomes a detractor.") boolean enabled,
            @Default("0.3") @Range(min = 0, max = 1) @Doc("Trust below which customers and lapsed customers may become detractors.") double threshold,
            @Default("0.2") @Range(min = 0, max = 100) @Doc("Rate per week at which those below the threshold become detractors.") double rate,
            @Default("0") @Range(min = 0, max = 100) @Doc("Rate per unit of negative voice heard at which customers become detractors directly (SIR-like contagion).") double conversionRate,
            @Default("0.1") @Range(min = 0, max = 100) @Doc("Rate per week at which detractors stop talking (become lapsed).") double recoveryRate) {
    }

    /** Purchase experiences. */
    @Doc("Experience: each purchase is good or bad from the brand's quality; bad ones may become public criticism.")
    public record Experience(
            @Default("true") @Doc("Off: purchases yield no evidence.") boolean enabled,
            @Default("1") @Range(min = 0, max = 100) @Doc("Evidence per purchase experience.") double evidencePerPurchase,
            @Default("0.3") @Range(min = 0, max = 1) @Doc("Probability that a bad experience becomes a public criticism.") double criticismProbability) {
    }

    /**
     * How a consumer would answer the NPS question: the likelihood to recommend on 0–10 from their
     * trust and stage. A measurement, not behaviour: it changes no choice, only the {@code nps} metric.
     */
    @Doc("Recommendation: each surveyed consumer's likelihood to recommend (0-10) for NPS: round(10 x trust + stage bonuses), clamped to 0-10; a detractor answers at most 6.")
    public record Recommendation(
            @Default("true") @Doc("Off: the likelihood is round(10 x trust) alone, whatever the stage (a detractor still answers at most 6).") boolean enabled,
            @Default("0.5") @Range(min = 0, max = 10) @Doc("Points a member or advocate adds for belonging to the brand's community: a member who trusts the brand 0.85 or more answers 9, a promoter (an assumption; a whole point made nearly every member a promoter and the flagship's NPS above 80, beyond the best published benchmarks).") double memberBonus,
            @Default("2.5") @Range(min = 0, max = 10) @Doc("Further points an advocate adds for recommending actively: with the member bonus, an advocate at the membership threshold 0.6 answers 9, a promoter (an assumption from the definition: promoters are those who recommend).") double advocateBonus) {
    }
}
