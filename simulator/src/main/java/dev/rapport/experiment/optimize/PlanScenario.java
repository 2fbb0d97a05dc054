package dev.rapport.experiment.optimize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.rapport.experiment.points.Setting;
import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The scenario the optimiser runs: the user's, with one more strategy, {@value #NAME}, whose plan
 * has a line per lever and period taking a {@code budget_share} of its budget. A candidate is then
 * only {@code --set} values of that strategy ({@link #settings}), so the engine runs it as a pure
 * function of the point; {@link #text} with the best shares is {@code best-plan.yaml}.
 *
 * <p>The text is rewritten through a YAML tree (comments of the original are not kept; the
 * overrides given with {@code --set} are not applied to it, only listed in its header).
 */
public final class PlanScenario {
    /** The added strategy's name. */
    public static final String NAME = "optimized";
    private static final Set<String> SPEND = Set.of("advertising", "paid_reach");
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build()).enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final String original;
    private final BudgetSplit split;
    private final double budget;
    private final Double listeningShare;

    /**
     * @param original the scenario file's text
     * @param scenario the scenario as loaded (for the listening share of its own plans)
     * @param budget   the optimised strategy's budget
     */
    public PlanScenario(String original, Scenario scenario, BudgetSplit split, double budget) {
        this.original = original;
        this.split = split;
        this.budget = budget;
        this.listeningShare = scenario.strategies().stream().flatMap(s -> s.plan().stream())
                .filter(l -> l instanceof LeverSpec.Listening).map(l -> ((LeverSpec.Listening) l).share())
                .findFirst().orElse(null);
    }

    public double budget() {
        return budget;
    }

    /** The paths a candidate sets: each variable's budget_share, then the budget. */
    public List<String> paths() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < split.variables(); i++) {
            out.add("strategies[" + NAME + "].plan[" + i + "].budget_share");
        }
        out.add("strategies[" + NAME + "].budget");
        return out;
    }

    /** A candidate's values for {@link #paths()}: its shares, then the budget they are shares of. */
    public static double[] settings(double[] shares, double budget) {
        double[] out = java.util.Arrays.copyOf(shares, shares.length + 1);
        out[shares.length] = budget;
        return out;
    }

    /** The settings as --set overrides, for messages and headers. */
    public List<String> overrides(double[] shares) {
        List<String> out = new ArrayList<>();
        double[] values = settings(shares, budget);
        for (int i = 0; i < values.length; i++) {
            out.add(new Setting(paths().get(i), values[i]).override());
        }
        return out;
    }

    /**
     * The scenario text with the {@value #NAME} strategy playing {@code shares} (an earlier
     * strategy of that name is replaced).
     *
     * @param header comment lines put at the top, without the leading '#'
     */
    public String text(double[] shares, List<String> header) {
        JsonNode root;
        try {
            root = YAML.readTree(original);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scenario loaded but does not read as a YAML tree", e);
        }
        ObjectNode map = (ObjectNode) root;
        ArrayNode strategies = map.get("strategies") instanceof ArrayNode a ? a : map.putArray("strategies");
        for (Iterator<JsonNode> it = strategies.iterator(); it.hasNext(); ) {
            if (NAME.equals(it.next().path("name").asText())) {
                it.remove();
            }
        }
        strategies.add(strategy(shares));
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("# ").append(line).append('\n'));
        try {
            out.append(YAML.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A number as YAML reads it back exactly: no exponent (YAML takes 1.0E-9 for text). */
    private static java.math.BigDecimal plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros();
    }

    private ObjectNode strategy(double[] shares) {
        ObjectNode s = YAML.createObjectNode();
        s.put("name", NAME);
        boolean spend = split.levers().stream().allMatch(SPEND::contains);
        boolean invest = split.levers().stream().noneMatch(SPEND::contains);
        s.put("kind", (spend ? StrategySpec.Kind.SPEND : invest ? StrategySpec.Kind.INVEST : StrategySpec.Kind.MIXED)
                .name().toLowerCase(java.util.Locale.ROOT));
        s.put("description", "The budget split found by rapport optimize.");
        s.put("budget", plain(budget));
        ArrayNode plan = s.putArray("plan");
        for (int i = 0; i < split.variables(); i++) {
            ObjectNode line = plan.addObject();
            line.put("lever", split.lever(i));
            line.put("weeks", split.weeks(i));
            line.put("budget_share", plain(shares[i]));
            if (split.lever(i).equals("listening") && listeningShare != null) {
                line.put("share", plain(listeningShare));
            }
        }
        return s;
    }
}
