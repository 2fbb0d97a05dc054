package dev.rapport.scenario.bind;

import dev.rapport.scenario.ScenarioException;
import dev.rapport.scenario.ScenarioProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code --set key.path=value} overrides to a parsed scenario before it is bound, so an
 * override is checked exactly like a value in the file. Paths use the scenario's key names with
 * 0-based list indices ({@code strategies[1].plan[0].per_week=5000}); a list item may also be
 * picked by name ({@code strategies[invest].budget=1e6}). Values are YAML, so numbers stay numbers
 * and {@code [0.2, 0.8]} is a list.
 */
public final class Overrides {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((\\[[^\\]]+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]+)\\]");

    private Overrides() {
    }

    /** Returns a new tree with every override applied; the input tree is not changed. */
    public static Node apply(Node root, List<String> assignments) {
        Node result = root;
        List<ScenarioProblem> problems = new ArrayList<>();
        for (String assignment : assignments) {
            Location where = Location.of("--set " + assignment);
            int eq = assignment.indexOf('=');
            if (eq < 0) {
                problems.add(problem(where, assignment, "key.path=value", "no '='", "write it as --set population.size=5000"));
                continue;
            }
            if (assignment.substring(0, eq).isBlank()) {
                problems.add(problem(where, "", "key.path=value", "no key before '='",
                        "name the key to set, as in --set population.size=5000"));
                continue;
            }
            String path = assignment.substring(0, eq).trim();
            String text = assignment.substring(eq + 1).trim();
            Node value;
            try {
                value = Node.relocate(new YamlReader().read(text.isEmpty() ? "''" : text, where.source()), where);
            } catch (ScenarioException e) {
                problems.add(problem(where, path, "a YAML value", "'" + text + "'", null));
                continue;
            }
            try {
                result = set(result, parse(path), 0, value, where, path);
            } catch (IllegalArgumentException e) {
                problems.add(problem(where, path, "a path into the scenario", e.getMessage(),
                        "paths look like population.size or strategies[0].plan[1].per_week"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return result;
    }

    private static ScenarioProblem problem(Location where, String path, String expected, String found, String hint) {
        return new ScenarioProblem(ScenarioProblem.Code.OVERRIDE, where, path, expected, found, hint);
    }

    /** One step of a path: a map key, or a list index or name. */
    private record Step(String key, Integer index, String name) {
    }

    private static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part + "' is not a key");
            }
            steps.add(new Step(m.group(1), null, null));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                String inside = idx.group(1).trim();
                if (inside.matches("\\d+")) {
                    steps.add(new Step(null, Integer.parseInt(inside), null));
                } else {
                    steps.add(new Step(null, null, inside));
                }
            }
        }
        return steps;
    }

    private static Node set(Node node, List<Step> steps, int i, Node value, Location where, String path) {
        if (i == steps.size()) {
            return value;
        }
        Step step = steps.get(i);
        if (step.key() != null) {
            Node.MapNode map;
            if (node instanceof Node.MapNode m) {
                map = m;
            } else if (node == null || node instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL) {
                map = new Node.MapNode(new LinkedHashMap<>(), Map.of(), where);
            } else {
                throw new IllegalArgumentException("'" + step.key() + "' is under " + node.describe() + ", not a map");
            }
            LinkedHashMap<String, Node> entries = new LinkedHashMap<>(map.entries());
            Map<String, Location> keys = new HashMap<>(map.keyLocations());
            entries.put(step.key(), set(entries.get(step.key()), steps, i + 1, value, where, path));
            keys.put(step.key(), where);
            return new Node.MapNode(entries, keys, map.location());
        }
        if (!(node instanceof Node.ListNode list)) {
            throw new IllegalArgumentException("an index, but the value there is "
                    + (node == null ? "missing" : node.describe()));
        }
        List<Node> items = new ArrayList<>(list.items());
        int at = step.index() != null ? step.index() : indexByName(items, step.name());
        if (at < 0 || at >= items.size()) {
            throw new IllegalArgumentException(step.index() != null
                    ? "index " + step.index() + " but the list has " + items.size() + " items"
                    : "no item named '" + step.name() + "'");
        }
        items.set(at, set(items.get(at), steps, i + 1, value, where, path));
        return new Node.ListNode(items, list.location());
    }

    private static int indexByName(List<Node> items, String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Node.MapNode m && m.entries().get("name") instanceof Node.ScalarNode s
                    && s.text().equals(name)) {
                return i;
            }
        }
        return -1;
    }

}
