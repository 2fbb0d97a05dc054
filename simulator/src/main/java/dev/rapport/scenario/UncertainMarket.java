package dev.rapport.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.scenario.bind.Binder;
import dev.rapport.scenario.bind.Location;
import dev.rapport.scenario.bind.Node;
import dev.rapport.scenario.bind.Overrides;
import dev.rapport.scenario.bind.TreeWriter;
import dev.rapport.scenario.bind.ValuePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's {@code uncertain:} values set to chosen numbers: the scenario one replication runs
 * on. The scenario is written out as a tree ({@link TreeWriter}, as for {@code scenario.json}) and
 * the values applied to it as {@code --set} overrides, so a drawn value is bound and range-checked
 * like a value in the file, the model sees an ordinary {@link Scenario}, and a scenario derived in
 * code (switch-off's cut plans, say) keeps what it was derived to be.
 */
public final class UncertainMarket {
    private final List<UncertainParameter> parameters;
    private final List<ValuePath.Target> targets;
    private final Node effective;

    /** The uncertain values of a valid scenario. */
    public UncertainMarket(Scenario scenario) {
        this(scenario, scenario.uncertain());
    }

    /**
     * Some of a valid scenario's uncertain values: an experiment's point that sets a value itself
     * leaves it out, so the point's value stands.
     */
    public UncertainMarket(Scenario scenario, List<UncertainParameter> parameters) {
        this.parameters = List.copyOf(parameters);
        this.effective = tree(TreeWriter.write(scenario));
        List<ValuePath.Target> out = new ArrayList<>();
        for (UncertainParameter p : parameters) {
            out.add(ValuePath.resolve(scenario, p.path()));
        }
        this.targets = List.copyOf(out);
    }

    public List<UncertainParameter> parameters() {
        return parameters;
    }

    /** Whether the scenario has uncertain values at all. */
    public boolean isEmpty() {
        return parameters.isEmpty();
    }

    /**
     * The values at cumulative probabilities {@code u} (one per parameter, each in (0, 1)), whole
     * numbers rounded for values that must be whole.
     */
    public double[] values(double[] u) {
        double[] out = new double[parameters.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fit(i, parameters.get(i).quantile(u[i]));
        }
        return out;
    }

    /** Every value at its distribution's median: the market as best known. */
    public double[] medians() {
        double[] half = new double[parameters.size()];
        java.util.Arrays.fill(half, 0.5);
        return values(half);
    }

    /** Whether parameter {@code i}'s value is a whole number (draws are rounded). */
    boolean isWhole(int parameter) {
        return targets.get(parameter).isWhole();
    }

    /** A value as the target holds it: whole numbers rounded to the nearest. */
    double fit(int parameter, double x) {
        return targets.get(parameter).isWhole() ? Math.rint(x) : x;
    }

    /**
     * The scenario with parameter {@code i} set to {@code values[i]}.
     *
     * @throws ScenarioException if the values make the scenario invalid
     */
    public Scenario with(double[] values) {
        return bind(values).value();
    }

    /** {@link #with} with where each key stands, for the checks that span several keys. */
    Binder.Result<Scenario> bind(double[] values) {
        List<String> assignments = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            assignments.add(parameters.get(i).path() + "=" + text(values[i]));
        }
        return Binder.bind(Overrides.apply(effective, assignments), Scenario.class);
    }

    /** A JSON tree as scenario text would have given it (numbers written out in full). */
    private static Node tree(JsonNode json) {
        Location at = Location.of("uncertain");
        if (json.isObject()) {
            LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
            Map<String, Location> keys = new HashMap<>();
            json.fields().forEachRemaining(e -> {
                entries.put(e.getKey(), tree(e.getValue()));
                keys.put(e.getKey(), at);
            });
            return new Node.MapNode(entries, keys, at);
        }
        if (json.isArray()) {
            List<Node> items = new ArrayList<>();
            json.forEach(item -> items.add(tree(item)));
            return new Node.ListNode(items, at);
        }
        if (json.isNull()) {
            return new Node.ScalarNode("", Node.ScalarType.NULL, at);
        }
        if (json.isBoolean()) {
            return new Node.ScalarNode(json.asText(), Node.ScalarType.BOOLEAN, at);
        }
        if (json.isIntegralNumber()) {
            return new Node.ScalarNode(json.bigIntegerValue().toString(), Node.ScalarType.INTEGER, at);
        }
        if (json.isNumber()) {
            return new Node.ScalarNode(text(json.doubleValue()), Node.ScalarType.DECIMAL, at);
        }
        return new Node.ScalarNode(json.asText(), Node.ScalarType.STRING, at);
    }

    /** The shortest decimal that reads back as exactly {@code x}, without an exponent YAML might read as text. */
    public static String text(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return new BigDecimal(Double.toString(x)).toPlainString();
    }
}
