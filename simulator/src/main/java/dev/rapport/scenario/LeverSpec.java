package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Discriminator;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Kind;
import dev.rapport.scenario.bind.Range;

/**
 * One line of a plan: a lever, the weeks it runs and how hard. Spend levers buy attention
 * (advertising, discount, paid reach); invest levers earn trust (value delivery, community,
 * advocate programme, listening). Money levers take {@code per_week} or {@code per_month}.
 */
@Discriminator("lever")
@Doc("A lever in a plan, chosen by 'lever'.")
public sealed interface LeverSpec {

    WeekRange weeks();

    /** Whether the lever buys attention (spend) rather than earning trust (invest). */
    boolean spendSide();

    /** A lever whose intensity is money per unit of time. */
    sealed interface Money extends LeverSpec {
        Double perWeek();

        Double perMonth();

        /** Money per week, whichever way it was written (a month is 52/12 weeks). */
        default double weeklySpend() {
            return perWeek() != null ? perWeek() : perMonth() * 12.0 / 52.0;
        }
    }

    double WEEKS_PER_MONTH = 52.0 / 12.0;

    private static void requireOneAmount(Double perWeek, Double perMonth, String lever) {
        if ((perWeek == null) == (perMonth == null)) {
            throw new IllegalArgumentException("exactly one of per_week and per_month for " + lever + " (this line has "
                    + (perWeek == null ? "neither" : "both") + ")");
        }
    }

    /** Paid advertising: impressions raise awareness and persuade, with carryover and saturation. */
    @Kind("advertising")
    @Doc("Spend: paid advertising (impressions at the market's cost per thousand).")
    record Advertising(
            @Default("all") @Doc("Weeks it runs.") WeekRange weeks,
            @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth) implements Money {
        public Advertising {
            requireOneAmount(perWeek, perMonth, "advertising");
        }

        @Override
        public boolean spendSide() {
            return true;
        }
    }

    /** A price promotion: lifts purchase now, costs margin, trains price expectations. */
    @Kind("discount")
    @Doc("Spend: a price discount on every purchase while it runs.")
    record Discount(
            @Default("all") @Doc("Weeks it runs.") WeekRange weeks,
            @Default("0.2") @Range(min = 0, max = 0.95) @Doc("Discount as a share of list price.") double depth) implements LeverSpec {
        @Override
        public boolean spendSide() {
            return true;
        }
    }

    /** Buying followers: grows the connected audience, not the engaged one. */
    @Kind("paid_reach")
    @Doc("Spend: paid reach / follower acquisition (consumers become followers and aware).")
    record PaidReach(
            @Default("all") @Doc("Weeks it runs.") WeekRange weeks,
            @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth) implements Money {
        public PaidReach {
            requireOneAmount(perWeek, perMonth, "paid_reach");
        }

        @Override
        public boolean spendSide() {
            return true;
        }
    }

    /** Useful content or service to customers with no sale attached. */
    @Kind("value_delivery")
    @Doc("Invest: value delivered to customers and members (content, service), no sale attached.")
    record ValueDelivery(
            @Default("all") @Doc("Weeks it runs.") WeekRange weeks,
            @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth) implements Money {
        public ValueDelivery {
            requireOneAmount(perWeek, perMonth, "value_delivery");
        }

        @Override
        public boolean spendSide() {
            return false;
        }
    }

    /** Hosting the tribe: greeting newcomers and introducing members to each other. */
    @Kind("community")
    @Doc("Invest: community hosting (greets customers into the tribe, introduces members to each other).")
    record Community(
            @Default("all") @Doc("Weeks it runs.") WeekRange weeks,
            @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth) implements Money {
        public Community {
            requireOneAmount(perWeek, perMonth, "community");
        }

        @Override
        public boolean spendSide() {
            return false;
        }
    }

    /** Tools and recognition for evangelists. */
    @Kind("advocate_programme")
    @Doc("Invest: advocate programme (tools and rewards that raise advocates' sharing and referral conversion).")
    record AdvocateProgramme(
            @Default("all") @Doc("Weeks it runs.") WeekRange weeks,
            @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth) implements Money {
        public AdvocateProgramme {
            requireOneAmount(perWeek, perMonth, "advocate_programme");
        }

        @Override
        public boolean spendSide() {
            return false;
        }
    }

    /** Answering criticism honestly, within a budget. */
    @Kind("listening")
    @Doc("Invest: listening and honest response to public criticism.")
    record Listening(
            @Default("all") @Doc("Weeks it runs.") WeekRange weeks,
            @Default("1") @Range(min = 0, max = 1) @Doc("Share of criticisms answered (honestly); the rest go unanswered.") double share,
            @Range(min = 0, max = 1e12) @Doc("Budget per week for responses.") Double perWeek,
            @Range(min = 0, max = 1e12) @Doc("Budget per month (alternative to per_week).") Double perMonth) implements Money {
        public Listening {
            requireOneAmount(perWeek, perMonth, "listening");
        }

        @Override
        public boolean spendSide() {
            return false;
        }
    }
}
