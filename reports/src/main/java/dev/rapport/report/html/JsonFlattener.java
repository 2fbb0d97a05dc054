package dev.rapport.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns a JSON tree (the scenario, the manifest) into readable rows, knowing nothing of its
 * schema: nested objects become dotted paths, lists of plain values one comma-separated value,
 * and list elements with a {@code name} or {@code id} are labelled by it rather than by position.
 * The HTML report and the workbook's settings sheets use it.
 */
public final class JsonFlattener {

    private static final String GENERAL = "general";

    /** @return the tree's settings grouped by top-level key, top-level values first */
    public List<ParameterGroup> groups(JsonNode root) {
        Map<String, List<ParameterRow>> groups = new LinkedHashMap<>();
        groups.put(GENERAL, new ArrayList<>());
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode value = field.getValue();
            if (isContainer(value) && !value.isEmpty() && !isPlainList(value)) {
                List<ParameterRow> rows = new ArrayList<>();
                flatten("", value, rows);
                groups.put(field.getKey(), rows);
            } else {
                groups.get(GENERAL).add(new ParameterRow(field.getKey(), text(value)));
            }
        }
        return groups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new ParameterGroup(e.getKey(), e.getValue())).toList();
    }

    /**
     * @param group a group's name, as {@link #groups} names it
     * @param path  a row's path within it
     * @return the row's path from the root: {@code population.size}, {@code brands[acme].price},
     *         {@code seed} for a top-level value
     */
    static String fullPath(String group, String path) {
        if (group.equals(GENERAL)) {
            return path;
        }
        return path.isEmpty() ? group : group + (path.startsWith("[") ? "" : ".") + path;
    }

    /** @return every setting of the tree as one list of rows with full paths */
    public List<ParameterRow> rows(JsonNode root) {
        List<ParameterRow> rows = new ArrayList<>();
        flatten("", root, rows);
        return rows;
    }

    private void flatten(String path, JsonNode node, List<ParameterRow> rows) {
        if (node.isObject() && !node.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), rows);
            }
        } else if (node.isArray() && !node.isEmpty() && !isPlainList(node)) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + label(node.get(i), i) + "]", node.get(i), rows);
            }
        } else {
            rows.add(new ParameterRow(path, text(node)));
        }
    }

    private static String label(JsonNode element, int index) {
        for (String key : List.of("name", "id")) {
            if (element.path(key).isTextual()) {
                return element.path(key).asText();
            }
        }
        return String.valueOf(index);
    }

    private static boolean isContainer(JsonNode node) {
        return node.isObject() || node.isArray();
    }

    private static boolean isPlainList(JsonNode node) {
        return node.isArray() && StreamSupport.stream(node.spliterator(), false).noneMatch(JsonFlattener::isContainer);
    }

    /** @return a value as a person reads it: numbers without trailing zeros, lists comma-separated */
    public static String text(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return "none";
        }
        if (node.isNumber()) {
            BigDecimal number = node.decimalValue().stripTrailingZeros();
            return number.scale() < 0 ? number.toBigInteger().toString() : number.toPlainString();
        }
        if (node.isArray()) {
            return node.isEmpty() ? "none" : StreamSupport.stream(node.spliterator(), false)
                    .map(JsonFlattener::text).collect(Collectors.joining(", "));
        }
        if (node.isObject()) {
            return node.isEmpty() ? "none" : node.toString();
        }
        return node.asText();
    }
}
