package dev.rapport.scenario;

import dev.rapport.scenario.bind.Binder;
import dev.rapport.scenario.bind.Location;
import dev.rapport.scenario.bind.Names;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that span several keys, after binding has checked each key alone: segment shares that
 * sum to 1, names that are unique and that refer to brands that exist (and, by {@link NameChecks},
 * visible and distinct in chart file names), a horizon of at most {@link TimeSpec#MAX_TICKS} whole
 * ticks, plan lines that start within the horizon, budget shares that have a budget and sum to at
 * most 1, starting shares that can all hold, value spaces of one dimension, network parameters the
 * population can hold, an edge-list file that exists and parses, crisis answers that land while
 * the crisis is in the news. Every failure is collected,
 * located and reported at once. What is valid but doubtful is warned of by {@link PlanWarnings}.
 */
final class ScenarioChecks {
    private final Scenario s;
    private final Binder.Result<Scenario> bound;
    private final Set<String> metricNames;
    private final Path baseFile;
    private final boolean horizonOverridden;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    /**
     * @param horizonOverridden whether {@code --set} changed the time settings: then weeks beyond
     *                          the new horizon are not mistakes in the file, they simply never come
     *                          (a shortened run of a long scenario), and are not reported
     */
    ScenarioChecks(Binder.Result<Scenario> bound, Set<String> metricNames, Path baseFile, boolean horizonOverridden) {
        this.s = bound.value();
        this.bound = bound;
        this.metricNames = metricNames;
        this.baseFile = baseFile;
        this.horizonOverridden = horizonOverridden;
    }

    Optional<EdgeListData> check() {
        new NameChecks(s, this::invalid).check();
        time();
        segments();
        brands();
        strategies();
        events();
        outputs();
        market();
        Optional<EdgeListData> edges = network();
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return edges;
    }

    private void segments() {
        List<SegmentSpec> segs = s.population().segments();
        if (segs.isEmpty()) {
            invalid("population.segments", "at least one segment", "none", null);
            return;
        }
        double sum = segs.stream().mapToDouble(SegmentSpec::share).sum();
        if (Math.abs(sum - 1.0) > 1e-6) {
            invalid("population.segments", "segment shares that sum to 1", "a sum of " + round(sum),
                    "scale the shares, e.g. divide each by " + round(sum));
        }
        if (segs.size() > PopulationSpec.MAX_SEGMENTS) {
            invalid("population.segments", "at most " + PopulationSpec.MAX_SEGMENTS + " segments", segs.size(),
                    "merge small segments");
        }
        unique(segs.stream().map(SegmentSpec::name).toList(), "population.segments", "segment");
        int dims = s.brands().isEmpty() ? segs.get(0).values().size() : s.brands().get(0).purpose().size();
        for (int i = 0; i < segs.size(); i++) {
            if (segs.get(i).values().size() != dims) {
                invalid("population.segments[" + i + "].values", dims + " value dimensions (as brands' purpose)",
                        segs.get(i).values().size(), null);
            }
        }
    }

    private void brands() {
        if (s.brands().isEmpty()) {
            invalid("brands", "at least one brand", "an empty list", null);
            return;
        }
        unique(s.brands().stream().map(BrandSpec::name).toList(), "brands", "brand");
        int dims = s.brands().get(0).purpose().size();
        int size = s.population().size();
        for (int i = 0; i < s.brands().size(); i++) {
            BrandSpec b = s.brands().get(i);
            String path = "brands[" + i + "]";
            if (b.purpose().size() != dims) {
                invalid(path + ".purpose", dims + " dimensions (as the first brand)", b.purpose().size(), null);
            }
            for (int j = 0; j < b.initialCustomerIds().size(); j++) {
                int id = b.initialCustomerIds().get(j);
                if (id >= size) {
                    invalid(path + ".initial_customer_ids[" + j + "]", "ids below population.size (" + size + ")", id, null);
                }
            }
            if (b.initialCustomers() + b.initialDetractors() > 1 + 1e-9) {
                // Customer and detractor are exclusive starting stages: both shares cannot hold.
                invalid(path + ".initial_detractors", "initial_customers + initial_detractors at most 1 (a consumer starts as one or the other)",
                        round(b.initialCustomers()) + " + " + round(b.initialDetractors()),
                        "at most " + round(1 - b.initialCustomers()) + " can start as detractors (everyone who is not a customer)");
            }
            plan(b.plan(), path + ".plan");
            budgetShares(b.plan(), b.budget(), path);
        }
        if (s.brands().size() > 1) {
            double total = s.brands().stream().mapToDouble(BrandSpec::initialCustomers).sum();
            if (total > 1 + 1e-9) {
                invalid("brands", "initial_customers that sum to at most 1 across brands", round(total), null);
            }
        }
    }

    private void strategies() {
        unique(s.strategies().stream().map(StrategySpec::name).toList(), "strategies", "strategy");
        for (int i = 0; i < s.strategies().size(); i++) {
            StrategySpec st = s.strategies().get(i);
            String path = "strategies[" + i + "]";
            if (st.name().equals(Scenario.BASELINE) && s.outputs().baseline()) {
                invalid(path + ".name", "a name other than 'baseline' (the do-nothing run every strategy is measured against)",
                        "'" + st.name() + "'", "rename the strategy, or set outputs.baseline: false to run no baseline");
            }
            if (st.brand() != null) {
                brandRef(st.brand(), path + ".brand");
            }
            plan(st.plan(), path + ".plan");
            budgetShares(st.plan(), st.budget(), path);
        }
    }

    /** A line that starts after the horizon never runs; one that ends after it is only warned of ({@link PlanWarnings}). */
    private void plan(List<LeverSpec> plan, String path) {
        if (horizonOverridden) {
            return;
        }
        double horizon = s.time().horizonWeeks();
        for (int j = 0; j < plan.size(); j++) {
            WeekRange w = plan.get(j).weeks();
            if (w.from() > Math.ceil(horizon - 1e-9)) {
                invalid(path + "[" + j + "].weeks", "weeks within the horizon (1-" + (int) Math.ceil(horizon) + ")",
                        w.toYaml(), "shorten the range or lengthen time.horizon_weeks");
            }
        }
    }

    /** Budget shares need a budget to be shares of, and one plan's shares cannot give away more than all of it. */
    private void budgetShares(List<LeverSpec> plan, Double budget, String owner) {
        double sum = 0;
        boolean any = false;
        for (int j = 0; j < plan.size(); j++) {
            if (plan.get(j) instanceof LeverSpec.Money money && money.budgetShare() != null) {
                any = true;
                sum += money.budgetShare();
                if (budget == null) {
                    invalid(owner + ".plan[" + j + "].budget_share", "a budget to take a share of", "no budget (no cap)",
                            "give " + owner + " a budget, or write per_week for this line");
                }
            }
        }
        if (any && sum > 1 + 1e-9) {
            invalid(owner + ".plan", "budget_share values that sum to at most 1 (all of the budget)", "a sum of " + round(sum),
                    "lower the shares, e.g. divide each by " + round(sum));
        }
    }

    /** At most {@link TimeSpec#MAX_TICKS} ticks, and a horizon that ends on a tick. */
    private void time() {
        double tick = s.time().tick().weeks();
        double horizon = s.time().horizonWeeks();
        double ticks = horizon / tick;
        String tickText = tick == 1.0 / 7.0 ? "1 day" : round(tick) + (tick == 1 ? " week" : " weeks");
        if (ticks > TimeSpec.MAX_TICKS + 1e-6) {
            invalid("time.tick", "at most " + TimeSpec.MAX_TICKS + " ticks to the horizon",
                    round(ticks) + " ticks (" + round(horizon) + " weeks in ticks of " + tickText + ")",
                    "lengthen time.tick or shorten time.horizon_weeks");
            return;
        }
        long whole = Math.round(ticks);
        if (Math.abs(ticks - whole) > 1e-6 || whole < 1) {
            long below = (long) Math.floor(ticks);
            long above = below + 1;
            String hint = below >= 1
                    ? "write " + precise(below * tick) + " or " + precise(above * tick) + " (" + below + " or " + above + " ticks)"
                    : "write " + precise(above * tick) + " (one tick)";
            invalid("time.horizon_weeks", "a whole number of ticks of " + tickText, round(horizon) + " weeks, "
                    + round(ticks) + " ticks", hint);
        }
    }

    private void events() {
        for (int i = 0; i < s.events().size(); i++) {
            EventSpec e = s.events().get(i);
            String path = "events[" + i + "]";
            brandRef(e.brand(), path + ".brand");
            if (!horizonOverridden && e.week() > s.time().horizonWeeks()) {
                invalid(path + ".week", "a week within the horizon (" + round(s.time().horizonWeeks()) + ")", round(e.week()), null);
            }
            // An answer landing after the crisis has left the news would never land: the model
            // forgets who was affected when the buzz ends, so its evidence and cost would vanish.
            if (e instanceof EventSpec.Crisis c && c.responseDelayWeeks() > c.buzzWeeks() + 1e-9) {
                invalid(path + ".response_delay_weeks", "at most buzz_weeks (" + round(c.buzzWeeks()) + ")",
                        round(c.responseDelayWeeks()), "the answer must land while the crisis is in the news; raise buzz_weeks or answer sooner");
            }
        }
    }

    private void outputs() {
        OutputSpec o = s.outputs();
        double tick = s.time().tick().weeks();
        // A day is 1/7 week, which no decimal writes exactly: 0.142857 is a day. The model records
        // every round(every_weeks / tick) ticks, so a value a hair below one tick means one tick.
        if (o.everyWeeks() < tick * (1 - 1e-4)) {
            String oneTick = new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.8g", tick))
                    .stripTrailingZeros().toPlainString();
            invalid("outputs.every_weeks", "at least one tick (" + oneTick + " weeks)", String.valueOf(o.everyWeeks()),
                    "write every_weeks: " + oneTick + " to record every tick, or a multiple of it");
        }
        for (int i = 0; i < o.checkpointsWeeks().size(); i++) {
            if (!horizonOverridden && o.checkpointsWeeks().get(i) > s.time().horizonWeeks()) {
                invalid("outputs.checkpoints_weeks[" + i + "]", "a week within the horizon", round(o.checkpointsWeeks().get(i)), null);
            }
        }
        if (!metricNames.isEmpty() && !metricNames.contains(o.objective())) {
            String near = Names.closest(o.objective(), metricNames);
            add(ScenarioProblem.Code.INVALID, "outputs.objective", "a metric name such as cumulative_profit, members or trust",
                    DisplayNames.quoted(o.objective()), near == null ? "docs/results-format.md lists the metrics" : "did you mean '" + near + "'?");
        }
        if (o.objective().startsWith("incremental_") && !o.baseline()) {
            invalid("outputs.objective", "a metric the run records: incremental metrics need the baseline",
                    "'" + o.objective() + "' with outputs.baseline: false", "set outputs.baseline: true, or choose cumulative_profit");
        }
        if (o.focalBrand() != null) {
            brandRef(o.focalBrand(), "outputs.focal_brand");
        }
    }

    private Optional<EdgeListData> network() {
        int n = s.population().size();
        NetworkSpec net = s.network();
        if (net instanceof NetworkSpec.WattsStrogatz ws && ws.degree() >= n) {
            invalid("network.degree", "fewer contacts than consumers (" + n + ")", ws.degree(), null);
        } else if (net instanceof NetworkSpec.RandomRegular rr) {
            if (rr.degree() >= n) {
                invalid("network.degree", "fewer contacts than consumers (" + n + ")", rr.degree(), null);
            } else if ((long) rr.degree() * n % 2 != 0) {
                invalid("network.degree", "degree x population even (each tie has two ends)", rr.degree() + " x " + n, null);
            }
        } else if (net instanceof NetworkSpec.BarabasiAlbert ba && ba.edgesPerNode() >= n) {
            invalid("network.edges_per_node", "fewer than the number of consumers (" + n + ")", ba.edgesPerNode(), null);
        } else if (net instanceof NetworkSpec.ErdosRenyi er && er.meanDegree() > n - 1) {
            invalid("network.mean_degree", "at most population.size - 1", round(er.meanDegree()), null);
        } else if (net instanceof NetworkSpec.StochasticBlock sb) {
            stochasticBlock(sb, n);
        } else if (net instanceof NetworkSpec.EdgeList el) {
            Path file = EdgeListData.resolve(baseFile, el.file());
            if (!Files.exists(file)) { // anything else there (a folder, a pipe) EdgeListData refuses by name
                add(ScenarioProblem.Code.FILE, "network.file", "an existing CSV edge-list file (relative to the scenario)",
                        "no file at " + file, null);
                return Optional.empty();
            }
            try {
                return Optional.of(EdgeListData.read(file, el.header(), n, el.file()));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        return Optional.empty();
    }

    /**
     * Within-segment contacts must fit in the smallest segment (of those with a share), as any
     * degree must fit in the population; all of one's contacts must fit among the others.
     */
    private void stochasticBlock(NetworkSpec.StochasticBlock sb, int n) {
        SegmentSpec smallest = s.population().segments().stream().filter(g -> g.share() > 0)
                .min(java.util.Comparator.comparingDouble(SegmentSpec::share)).orElse(null);
        if (smallest == null) {
            return;
        }
        double members = smallest.share() * n;
        if (sb.withinDegree() > Math.max(0, members - 1) + 1e-9) {
            invalid("network.within_degree", "fewer contacts than the members of the smallest segment ("
                            + DisplayNames.quoted(smallest.name()) + ", about " + round(members) + " of " + n + " consumers)",
                    round(sb.withinDegree()), "lower within_degree, or enlarge population.size or the segment's share");
        } else if (sb.withinDegree() + sb.betweenDegree() > n - 1) {
            invalid("network.between_degree", "within_degree + between_degree at most population.size - 1 (" + (n - 1) + ")",
                    round(sb.withinDegree()) + " + " + round(sb.betweenDegree()), null);
        }
    }

    private void brandRef(String brand, String path) {
        // With no brands at all that is the one problem to report, not every name that refers to one.
        if (!s.brands().isEmpty() && s.brandIndex(brand) < 0) {
            List<String> names = s.brands().stream().map(BrandSpec::name).toList();
            String near = Names.closest(brand, names);
            // A name with hidden characters (refused on its own) is shown escaped, never raw.
            List<String> shown = names.stream().map(n -> DisplayNames.firstHidden(n, false).isPresent() ? DisplayNames.escaped(n) : n).toList();
            add(ScenarioProblem.Code.INVALID, path, "the name of a brand (" + String.join(", ", shown) + ")",
                    DisplayNames.quoted(brand), near == null ? null : "did you mean " + DisplayNames.quoted(near) + "?");
        }
    }

    private void unique(List<String> names, String path, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                invalid(path + "[" + i + "].name", "a " + what + " name not used before", DisplayNames.quoted(names.get(i)) + " again", null);
            }
        }
    }

    /** The starting customers, who buy in the category by definition, fit inside its potential. */
    private void market() {
        MarketSpec market = s.market();
        double starting = s.brands().stream().mapToDouble(BrandSpec::initialCustomers).sum();
        if (starting <= 1 + 1e-9 && starting > market.potential() + 1e-9) { // over 1 is reported with the brands
            invalid("market.potential", "a potential at least the brands' initial_customers (" + round(starting)
                    + "): starting customers already buy in the category", round(market.potential()),
                    "raise market.potential to " + round(starting) + " or more");
        }
    }

    private void invalid(String path, String expected, Object found, String hint) {
        add(ScenarioProblem.Code.INVALID, path, expected, String.valueOf(found), hint);
    }

    private void add(ScenarioProblem.Code code, String path, String expected, String found, String hint) {
        Location at = bound.locate(path);
        problems.add(new ScenarioProblem(code, at, path, expected, found, hint));
    }

    /** Enough digits that the number read back is within a millionth of a tick of {@code d}. */
    private static String precise(double d) {
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.9g", d)).stripTrailingZeros().toPlainString();
    }

    private static String round(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf((long) d);
        }
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.4g", d)).stripTrailingZeros().toPlainString();
    }
}
