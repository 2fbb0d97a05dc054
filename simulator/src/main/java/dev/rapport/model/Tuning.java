package dev.rapport.model;

import dev.rapport.scenario.EventSpec;
import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.Mechanisms;
import java.util.List;
import java.util.Objects;

/**
 * Changes a watcher makes to a running model between ticks: the money per week of each line of
 * the played strategy's plan, the mechanisms' parameters, and a crisis struck now. Each takes
 * effect from the next tick and changes what the model does, not only what it shows. A batch run
 * never tunes: its results stay a function of its {@link RunSpec}.
 *
 * <p>Not thread-safe: call between ticks (the GUI holds the schedule's lock, as MASON's
 * inspectors do).
 */
public final class Tuning {
    private final MarketModel m;

    /** Tuning of a started model. */
    public Tuning(MarketModel model) {
        if (!model.isStarted()) {
            throw new IllegalStateException("start the model before tuning it");
        }
        this.m = model;
    }

    private BrandState played() {
        return m.brands[m.run.strategyBrand()];
    }

    /** The lines of the played strategy's plan, in plan order (discounts included). */
    public List<LeverSpec> plan() {
        return played().plan;
    }

    /** Money per week that line {@code line} of the plan spends while it runs (0 for a discount). */
    public double weeklySpend(int line) {
        return played().weeklySpend[line];
    }

    /**
     * Sets the money per week of a money line of the plan from the next tick on; the budget and
     * the weeks the line runs stay as they are.
     */
    public void setWeeklySpend(int line, double perWeek) {
        if (!(plan().get(line) instanceof LeverSpec.Money)) {
            throw new IllegalArgumentException("line " + line + " of the plan is a discount: it has no money per week");
        }
        if (!(perWeek >= 0) || Double.isInfinite(perWeek)) {
            throw new IllegalArgumentException("money per week must be 0 or more, not " + perWeek);
        }
        played().weeklySpend[line] = perWeek;
    }

    /** The mechanisms' parameters in force. */
    public Mechanisms mechanisms() {
        return m.mech;
    }

    /** Puts {@code mechanisms} in force from the next tick on. */
    public void setMechanisms(Mechanisms mechanisms) {
        m.retune(Objects.requireNonNull(mechanisms, "mechanisms"));
    }

    /**
     * Strikes {@code crisis} on its brand in the next tick, whatever its {@code week} says: it is
     * dated that tick, and its response lands and its buzz ends counted from then.
     */
    public void strikeCrisis(EventSpec.Crisis crisis) {
        if (m.scenario.brandIndex(crisis.brand()) < 0) {
            throw new IllegalArgumentException("no brand " + crisis.brand());
        }
        m.crisesAsked.add(crisis);
    }

    /** The crisis dated {@code week}. */
    static EventSpec.Crisis dated(EventSpec.Crisis c, double week) {
        return new EventSpec.Crisis(c.brand(), week, c.severity(), c.shareAffected(), c.response(), c.responses(),
                c.responseDelayWeeks(), c.buzzWeeks(), c.responseCost());
    }
}
