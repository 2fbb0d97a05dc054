package dev.rapport.scenario;

import dev.rapport.scenario.bind.Binder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warnings about plans that are valid but probably not what was meant, from the plan alone (what
 * a run actually spends is the model's to record): a plan whose money levers ask for more than its
 * budget by the horizon (by how much, and the week the money runs out at the planned rate); a line
 * whose weeks end after the horizon; planned advertising pressure per person of the market above
 * the shouting threshold. Only plans that some run plays are looked at: every strategy's, and a
 * brand's own plan when some run does not replace it. Discounts are paid per purchase and crisis
 * responses when a crisis comes, so neither is part of the planned spend.
 */
final class PlanWarnings {
    /** Half a cent: planned amounts within it of the budget fit it (the model counts whole cents). */
    private static final double CENT_TOLERANCE = 0.005;

    private final Scenario s;
    private final Binder.Result<Scenario> bound;
    private final boolean horizonOverridden;
    private final List<ScenarioWarning> warnings = new ArrayList<>();

    /** @param horizonOverridden whether {@code --set} changed the time settings (then weeks past the horizon are meant) */
    PlanWarnings(Binder.Result<Scenario> bound, boolean horizonOverridden) {
        this.s = bound.value();
        this.bound = bound;
        this.horizonOverridden = horizonOverridden;
    }

    List<ScenarioWarning> warnings() {
        for (int i = 0; i < s.strategies().size(); i++) {
            StrategySpec st = s.strategies().get(i);
            check("strategies[" + i + "]", "strategy " + DisplayNames.quoted(st.name()), st.plan(), st.budget());
        }
        for (int i = 0; i < s.brands().size(); i++) {
            BrandSpec b = s.brands().get(i);
            if (played(b)) {
                check("brands[" + i + "]", "brand " + DisplayNames.quoted(b.name()) + "'s own plan", b.plan(), b.budget());
            }
        }
        return List.copyOf(warnings);
    }

    /** Whether some run plays the brand's own plan: with no strategies all do; otherwise a strategy of another brand. */
    private boolean played(BrandSpec brand) {
        if (s.strategies().isEmpty()) {
            return true;
        }
        String focal = s.focalBrand().name();
        return s.strategies().stream().anyMatch(st -> !(st.brand() == null ? focal : st.brand()).equals(brand.name()));
    }

    private void check(String owner, String what, List<LeverSpec> plan, Double budget) {
        pastHorizon(owner, plan);
        if (plan.stream().anyMatch(l -> l instanceof LeverSpec.Money m && m.budgetShare() != null) && budget == null) {
            return; // refused by the checks already
        }
        if (budget != null) {
            overspend(owner, what, plan, budget);
        }
        shouting(owner, plan, budget);
    }

    private void pastHorizon(String owner, List<LeverSpec> plan) {
        if (horizonOverridden) {
            return;
        }
        int last = (int) Math.ceil(s.time().horizonWeeks() - 1e-9);
        for (int j = 0; j < plan.size(); j++) {
            WeekRange w = plan.get(j).weeks();
            // A line that starts after the horizon is an error (ScenarioChecks): it would never run at all.
            if (w.to() != WeekRange.END && w.to() > last && w.from() <= last) {
                warn(ScenarioWarning.Code.PAST_HORIZON, owner + ".plan[" + j + "].weeks",
                        "weeks " + w.toYaml() + " reach past the horizon (week " + last + "): weeks " + (last + 1) + "-"
                                + w.to() + " never come, so the line runs " + w.from() + "-" + last,
                        "write '" + w.from() + "-end' to run to the horizon, or lengthen time.horizon_weeks");
            }
        }
    }

    /** The planned spend tick by tick, as the model asks for it; warns when it outruns the budget. */
    private void overspend(String owner, String what, List<LeverSpec> plan, double budget) {
        double dt = s.time().tick().weeks();
        int ticks = s.ticks();
        double[] weekly = weeklySpends(plan, budget);
        double cumulative = 0;
        int runsOut = -1;
        for (int k = 1; k <= ticks; k++) {
            for (int j = 0; j < plan.size(); j++) {
                if (weekly[j] > 0 && plan.get(j).weeks().contains(k * dt)) {
                    cumulative += weekly[j] * dt;
                }
            }
            if (runsOut < 0 && cumulative >= budget - CENT_TOLERANCE) {
                runsOut = k;
            }
        }
        if (cumulative <= budget + CENT_TOLERANCE) {
            return;
        }
        int week = (int) Math.ceil(runsOut * dt - 1e-9);
        warn(ScenarioWarning.Code.OVERSPEND, owner + ".budget",
                what + " plans to spend " + money(cumulative) + " by the horizon, " + money(cumulative - budget)
                        + " more than its budget of " + money(budget) + ": at the planned rate the money runs out in week "
                        + week + " of " + (int) Math.ceil(s.time().horizonWeeks() - 1e-9) + " and the levers stop there",
                "raise the budget to " + money(cumulative) + " or plan less; budget_share gives a line a share of the "
                        + "budget spread over its weeks");
    }

    /** Advertising pressure: impressions per person of the market per week, as the model computes it. */
    private void shouting(String owner, List<LeverSpec> plan, Double budget) {
        Mechanisms.Advertising ad = s.mechanisms().advertising();
        if (!ad.enabled()) {
            return;
        }
        double people = s.market().size() != null ? s.market().size() : s.population().size();
        double dt = s.time().tick().weeks();
        double[] weekly = weeklySpends(plan, budget);
        double worst = 0;
        int first = -1;
        int lastLoud = -1;
        int line = -1;
        for (int k = 1; k <= s.ticks(); k++) {
            double spend = 0;
            int firstLine = -1;
            for (int j = 0; j < plan.size(); j++) {
                if (plan.get(j) instanceof LeverSpec.Advertising && plan.get(j).weeks().contains(k * dt)) {
                    spend += weekly[j];
                    firstLine = firstLine < 0 ? j : firstLine;
                }
            }
            double pressure = spend / ad.costPerThousand() * 1000.0 / people;
            if (pressure > ad.shoutingThreshold() + 1e-9) {
                int week = (int) Math.ceil(k * dt - 1e-9);
                if (first < 0) {
                    first = week;
                    line = firstLine;
                }
                lastLoud = week;
                worst = Math.max(worst, pressure);
            }
        }
        if (first < 0) {
            return;
        }
        double quiet = ad.shoutingThreshold() * people * ad.costPerThousand() / 1000.0;
        warn(ScenarioWarning.Code.SHOUTING, owner + ".plan[" + line + "]",
                "advertising of up to " + money(worst * people * ad.costPerThousand() / 1000.0) + " a week buys "
                        + number(worst) + " impressions per person a week (in weeks " + (first == lastLoud ? first : first + "-" + lastLoud)
                        + "), above the shouting threshold of " + number(ad.shoutingThreshold())
                        + ": aware consumers lose trust in the brand",
                "at most " + money(quiet) + " a week stays below it (" + number(people) + " people at "
                        + money(ad.costPerThousand()) + " per thousand impressions), or raise "
                        + "mechanisms.advertising.shouting_threshold if this market tolerates more");
    }

    private double[] weeklySpends(List<LeverSpec> plan, Double budget) {
        double[] out = new double[plan.size()];
        for (int j = 0; j < plan.size(); j++) {
            if (plan.get(j) instanceof LeverSpec.Money m && enabled(m)) {
                out[j] = m.weeklySpend(budget, s.time());
            }
        }
        return out;
    }

    /** A lever whose mechanism is off neither acts nor costs in the model. */
    private boolean enabled(LeverSpec.Money lever) {
        Mechanisms m = s.mechanisms();
        if (lever instanceof LeverSpec.Advertising) {
            return m.advertising().enabled();
        } else if (lever instanceof LeverSpec.PaidReach) {
            return m.paidReach().enabled();
        } else if (lever instanceof LeverSpec.ValueDelivery) {
            return m.valueDelivery().enabled();
        } else if (lever instanceof LeverSpec.Community) {
            return m.community().enabled();
        } else if (lever instanceof LeverSpec.AdvocateProgramme) {
            return m.advocateProgramme().enabled();
        }
        return m.listening().enabled();
    }

    private void warn(ScenarioWarning.Code code, String path, String message, String hint) {
        warnings.add(new ScenarioWarning(code, bound.locate(path), path, message, hint));
    }

    /** Money to the cent, without trailing zeros: 1300, 115.38. */
    static String money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d)
                : new BigDecimal(String.format(Locale.ROOT, "%.3g", d)).stripTrailingZeros().toPlainString();
    }
}
