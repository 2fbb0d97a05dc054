package dev.rapport.experiment.calibrate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario as a YAML tree, read and written by {@code --set} paths ({@code market.potential},
 * {@code strategies[invest].plan[0].per_week}): the scenario's current value of a path, and the
 * calibrated scenario, the file's text with values written in. The text is rewritten through the
 * tree, so the file's comments are not kept.
 */
final class ScenarioTree {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((\\[[^\\]]+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]+)\\]");
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build()).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ScenarioTree() {
    }

    /** The value at {@code path}, or null when the tree has none there. */
    static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (Object step : steps(path)) {
            if (node == null) {
                return null;
            }
            node = step instanceof String key ? node.get(key) : item(node, (Step) step);
        }
        return node;
    }

    /**
     * The scenario text with each assignment ({@code path=value}, the value read as YAML) applied in
     * order, as {@code --set} applies them.
     *
     * @param header comment lines put at the top, without the leading '#'
     */
    static String withValues(String text, List<String> assignments, List<String> header) {
        try {
            JsonNode root = YAML.readTree(text);
            if (!(root instanceof ObjectNode)) {
                throw new IllegalStateException("the scenario is not a map");
            }
            for (String a : assignments) {
                int eq = a.indexOf('=');
                JsonNode value = YAML.readTree(a.substring(eq + 1).strip());
                if (value.isDouble() || value.isFloat()) {
                    // YAML reads 1.0E-9 as text: numbers are written in plain decimal notation.
                    value = YAML.getNodeFactory().numberNode(BigDecimal.valueOf(value.asDouble()).stripTrailingZeros());
                }
                set((ObjectNode) root, a.substring(0, eq).strip(), value);
            }
            StringBuilder out = new StringBuilder();
            header.forEach(line -> out.append("# ").append(line).append('\n'));
            out.append(YAML.writeValueAsString(root));
            return out.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scenario loaded but does not read as a YAML tree", e);
        }
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            JsonNode next = step instanceof String key ? node.get(key) : item(node, (Step) step);
            if (next == null || next.isNull()) {
                if (!(step instanceof String key) || !(steps.get(i + 1) instanceof String)) {
                    throw new IllegalStateException("no list at " + path);
                }
                next = ((ObjectNode) node).putObject(key);
            }
            node = next;
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String key) {
            ((ObjectNode) node).set(key, value);
        } else {
            ArrayNode list = (ArrayNode) node;
            list.set(indexOf(list, (Step) last), value);
        }
    }

    /** A list step: an index, or an item's name. */
    private record Step(Integer index, String name) {
    }

    private static List<Object> steps(String path) {
        List<Object> out = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part + "' is not a key");
            }
            out.add(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                String inside = idx.group(1).trim();
                out.add(inside.matches("\\d+") ? new Step(Integer.parseInt(inside), null) : new Step(null, inside));
            }
        }
        return out;
    }

    private static JsonNode item(JsonNode node, Step step) {
        if (!(node instanceof ArrayNode list)) {
            return null;
        }
        int at = indexOf(list, step);
        return at < 0 || at >= list.size() ? null : list.get(at);
    }

    private static int indexOf(ArrayNode list, Step step) {
        if (step.index() != null) {
            return step.index();
        }
        for (int i = 0; i < list.size(); i++) {
            if (step.name().equals(list.get(i).path("name").asText(null))) {
                return i;
            }
        }
        return -1;
    }
}
