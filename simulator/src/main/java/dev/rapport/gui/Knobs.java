package dev.rapport.gui;

import dev.rapport.model.MarketModel;
import dev.rapport.model.RunSpec;
import dev.rapport.model.Tuning;
import dev.rapport.scenario.EventSpec;
import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.Mechanisms;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.bind.Binder;
import dev.rapport.scenario.bind.Kind;
import dev.rapport.scenario.bind.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * What MASON's model inspector shows and lets a student change mid-run: the money per week of each
 * line of the played strategy's plan, the key mechanisms' parameters (named by their scenario
 * keys), and a crisis now. Changes go through {@link Tuning}, under the schedule's lock, and take
 * effect from the next tick.
 */
public final class Knobs implements Propertied {
    /** Mechanisms' parameters offered as knobs, by their key under {@code mechanisms}. */
    static final List<String> MECHANISMS = List.of("word_of_mouth.trial_rate", "word_of_mouth.negative_rate",
            "advertising.shouting_threshold", "advertising.shouting_penalty");
    private static final String CRISIS_NOW = "crisis_now";

    private final Supplier<MarketModel> model;
    private final EventSpec.Crisis crisisTemplate;
    private KnobProperties properties;

    Knobs(Supplier<MarketModel> model, Scenario scenario) {
        this.model = model;
        this.crisisTemplate = crisisFor(scenario, model.get().runSpec().strategyBrand());
    }

    /**
     * The crisis "crisis now" strikes: the scenario's first crisis of the played brand, or a crisis
     * with the scenario format's defaults.
     */
    static EventSpec.Crisis crisisFor(Scenario scenario, int brand) {
        String name = scenario.brands().get(brand).name();
        return scenario.events().stream().filter(e -> e instanceof EventSpec.Crisis && e.brand().equals(name))
                .map(EventSpec.Crisis.class::cast).findFirst()
                .orElseGet(() -> Binder.bind(new YamlReader().read("{brand: '" + name + "', week: 0}", CRISIS_NOW),
                        EventSpec.Crisis.class).value());
    }

    /** The knobs' names, in inspector order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < properties().numProperties(); i++) {
            names.add(properties().getName(i));
        }
        return names;
    }

    /** The current value of knob {@code name}. */
    public Object get(String name) {
        return properties().getValue(names().indexOf(name));
    }

    /** Sets knob {@code name}, as the inspector does. */
    public void set(String name, Object value) {
        Properties p = properties();
        int i = names().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no knob " + name + "; there are " + names());
        }
        p.setValue(i, value);
    }

    @Override
    public Properties properties() {
        if (properties == null) {
            properties = new KnobProperties();
        }
        return properties;
    }

    /** A knob on a money line of the plan. */
    private record Line(int index, String name, double planned) {
    }

    /** The money lines of the played strategy's plan, with the money per week the scenario gives them. */
    private static List<Line> lines(RunSpec spec) {
        List<Line> out = new ArrayList<>();
        List<LeverSpec> plan = spec.strategy().plan();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i) instanceof LeverSpec.Money money) {
                out.add(new Line(i, "plan[" + i + "] " + money.getClass().getAnnotation(Kind.class).value() + " per_week",
                        money.weeklySpend(spec.strategy().budget(), spec.scenario().time())));
            }
        }
        return out;
    }

    /**
     * The knobs as MASON properties. MASON's console builds its model inspector once, before the
     * first start, and keeps these properties: so they read the model at hand at every call, and
     * show the scenario's values until a run has started. A new start is a fresh run, with the
     * scenario's values again.
     */
    private final class KnobProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient List<Line> lines = lines(model.get().runSpec());

        /** The started model's tuning, or null before the first start. */
        private Tuning tuning() {
            MarketModel m = model.get();
            return m.isStarted() ? new Tuning(m) : null;
        }

        @Override
        public boolean isVolatile() {
            return true;
        }

        @Override
        public int numProperties() {
            return lines.size() + MECHANISMS.size() + 1;
        }

        @Override
        public String getName(int i) {
            if (i < lines.size()) {
                return lines.get(i).name();
            }
            i -= lines.size();
            return i < MECHANISMS.size() ? MECHANISMS.get(i) : CRISIS_NOW;
        }

        @Override
        public String getDescription(int i) {
            if (i < lines.size()) {
                return "Money per week this line of the plan spends while it runs (from the next tick).";
            }
            i -= lines.size();
            return i < MECHANISMS.size() ? "mechanisms." + MECHANISMS.get(i) + " (see docs/scenario-reference.md)"
                    : "Tick to strike a crisis on the played brand now (" + crisisTemplate.response().name().toLowerCase(Locale.ROOT)
                    + " response, severity " + crisisTemplate.severity() + ").";
        }

        @Override
        public Object getValue(int i) {
            Tuning tuning = tuning();
            if (i < lines.size()) {
                return tuning == null ? lines.get(i).planned() : tuning.weeklySpend(lines.get(i).index());
            }
            i -= lines.size();
            if (i < MECHANISMS.size()) {
                Mechanisms mechanisms = tuning == null ? model.get().runSpec().scenario().mechanisms() : tuning.mechanisms();
                return RecordEdit.get(mechanisms, MECHANISMS.get(i));
            }
            return Boolean.FALSE;
        }

        @Override
        public boolean isReadWrite(int i) {
            return true;
        }

        @Override
        public Class<?> getType(int i) {
            return i < numProperties() - 1 ? Double.TYPE : Boolean.TYPE;
        }

        @Override
        protected Object _setValue(int i, Object value) {
            MarketModel m = model.get();
            Tuning tuning = tuning();
            if (tuning == null) {
                throw new IllegalStateException("press play first: the knobs turn a running market");
            }
            synchronized (m.schedule) {
                if (i < lines.size()) {
                    tuning.setWeeklySpend(lines.get(i).index(), number(value));
                } else if (i - lines.size() < MECHANISMS.size()) {
                    double v = number(value);
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        throw new IllegalArgumentException(getName(i) + " must be 0 or more, not " + value);
                    }
                    tuning.setMechanisms(RecordEdit.with(tuning.mechanisms(), MECHANISMS.get(i - lines.size()), v));
                } else if (Boolean.TRUE.equals(value)) {
                    tuning.strikeCrisis(crisisTemplate);
                }
            }
            return getValue(i);
        }

        private static double number(Object value) {
            return value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
        }
    }
}
