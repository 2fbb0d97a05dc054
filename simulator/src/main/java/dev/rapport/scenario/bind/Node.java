package dev.rapport.scenario.bind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it stood in its file. Maps keep their keys' locations too, so
 * an unknown key is reported where the key is, not where its value is.
 */
public sealed interface Node {
    Location location();

    /** A short description of the node's kind for "found ..." in error messages. */
    String describe();

    /**
     * This node with every value in it placed at {@code at}: for values that come from elsewhere
     * than the file (defaults, {@code --set}), whose problems belong to where they were applied.
     */
    static Node relocate(Node node, Location at) {
        if (node instanceof ScalarNode s) {
            return new ScalarNode(s.text(), s.type(), at);
        }
        if (node instanceof ListNode l) {
            return new ListNode(l.items().stream().map(n -> relocate(n, at)).toList(), at);
        }
        MapNode m = (MapNode) node;
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new java.util.HashMap<>();
        m.entries().forEach((k, v) -> {
            entries.put(k, relocate(v, at));
            keys.put(k, at);
        });
        return new MapNode(entries, keys, at);
    }

    /** A scalar: the text and how YAML typed it (a quoted "5" is a string, 5 is a number). */
    record ScalarNode(String text, ScalarType type, Location location) implements Node {
        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "nothing (null)";
                case STRING -> "text '" + abbreviate(text) + "'";
                case INTEGER, DECIMAL -> "number " + abbreviate(text);
                case BOOLEAN -> "boolean " + text;
            };
        }

        private static String abbreviate(String s) {
            return s.length() > 40 ? s.substring(0, 37) + "..." : s;
        }
    }

    /** A list. */
    record ListNode(List<Node> items, Location location) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A map with string keys in file order; {@code keyLocations} holds where each key stood. */
    record MapNode(LinkedHashMap<String, Node> entries, Map<String, Location> keyLocations, Location location)
            implements Node {
        @Override
        public String describe() {
            return "a map";
        }
    }

    /** How YAML typed a scalar. */
    enum ScalarType { NULL, STRING, INTEGER, DECIMAL, BOOLEAN }
}
