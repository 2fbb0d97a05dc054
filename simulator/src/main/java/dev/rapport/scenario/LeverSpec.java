package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Discriminator;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Kind;
import dev.rapport.scenario.bind.MoneyAmount;
import dev.rapport.scenario.bind.Range;

/**
 * One line of a plan: a lever, the weeks it runs and how hard. Spend levers buy attention
 * (advertising, discount, paid reach); invest levers earn trust (value delivery, community,
 * advocate programme, listening). Money levers take {@code per_week}, {@code per_month} or {@code budget_share}.
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

        /** Share of the budget of the strategy (or brand) whose plan holds the line; null when not given this way. */
        Double budgetShare();

        /**
         * Money per week, whichever way it was written: per_week; per_month (a month is 52/12
         * weeks); or budget_share of {@code budget} spread evenly over the weeks the line runs
         * within the horizon of {@code time}, so that the line spends exactly its share by the
         * horizon. A line that never runs within the horizon spends nothing.
         *
         * @param budget the budget of the plan that holds the line (null = no cap, which a
         *               budget_share line never has: the loader refuses it)
         */
        default double weeklySpend(Double budget, TimeSpec time) {
            if (perWeek() != null) {
                return perWeek();
            }
            if (perMonth() != null) {
                return perMonth() * 12.0 / 52.0;
            }
            if (budget == null) {
                throw new IllegalStateException("budget_share without a budget");
            }
            double weeks = weeks().weeksPlayed(time);
            return weeks <= 0 ? 0 : budgetShare() * budget / weeks;
        }
    }

    double WEEKS_PER_MONTH = 52.0 / 12.0;

    /** The documentation of every money lever's budget_share. */
    String BUDGET_SHARE_DOC = "Share of the budget (the strategy's, or the brand's for its own plan) that this line spends, "
            + "evenly over the weeks it runs within the horizon (alternative to per_week; needs a budget; a plan's shares "
            + "sum to at most 1). Not listening's 'share'.";

    private static void requireOneAmount(Double perWeek, Double perMonth, Double budgetShare, String lever) {
        int given = (perWeek == null ? 0 : 1) + (perMonth == null ? 0 : 1) + (budgetShare == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("exactly one of per_week, per_month and budget_share for " + lever
                    + " (this line has " + (given == 0 ? "none" : given == 2 ? "two" : "all three") + ")");
        }
    }

    /** Paid advertising: impressions raise awareness and persuade, with carryover and saturation. */
    @Kind("advertising")
    @Doc("Spend: paid advertising (impressions at the market's cost per thousand).")
    record Advertising(
            @Default("all") @Doc("Weeks it runs.") WeekRange weeks,
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth,
            @Range(min = 0, max = 1) @Doc(BUDGET_SHARE_DOC) Double budgetShare) implements Money {
        public Advertising {
            requireOneAmount(perWeek, perMonth, budgetShare, "advertising");
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
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth,
            @Range(min = 0, max = 1) @Doc(BUDGET_SHARE_DOC) Double budgetShare) implements Money {
        public PaidReach {
            requireOneAmount(perWeek, perMonth, budgetShare, "paid_reach");
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
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth,
            @Range(min = 0, max = 1) @Doc(BUDGET_SHARE_DOC) Double budgetShare) implements Money {
        public ValueDelivery {
            requireOneAmount(perWeek, perMonth, budgetShare, "value_delivery");
        }

        @Override
        public boolean spendSide() {
            return false;
        }
    }

    /** The community: a welcome for each new member, and hosting the tribe (events, a space, introductions). */
    @Kind("community")
    @Doc("Invest: community (welcomes each new member once, when they join; hosts the tribe per member per week: events, a space, introductions).")
    record Community(
            @Default("all") @Doc("Weeks it runs.") WeekRange weeks,
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth,
            @Range(min = 0, max = 1) @Doc(BUDGET_SHARE_DOC) Double budgetShare) implements Money {
        public Community {
            requireOneAmount(perWeek, perMonth, budgetShare, "community");
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
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per week.") Double perWeek,
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Spend per month (alternative to per_week).") Double perMonth,
            @Range(min = 0, max = 1) @Doc(BUDGET_SHARE_DOC) Double budgetShare) implements Money {
        public AdvocateProgramme {
            requireOneAmount(perWeek, perMonth, budgetShare, "advocate_programme");
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
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Budget per week for responses.") Double perWeek,
            @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Budget per month (alternative to per_week).") Double perMonth,
            @Range(min = 0, max = 1) @Doc(BUDGET_SHARE_DOC) Double budgetShare) implements Money {
        public Listening {
            requireOneAmount(perWeek, perMonth, budgetShare, "listening");
        }

        @Override
        public boolean spendSide() {
            return false;
        }
    }
}
