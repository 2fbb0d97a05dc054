package dev.rapport.scenario.bind;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code --set} path names in a bound scenario: the type and {@link Range} of the value
 * there. Paths are read as {@link Overrides} reads them (keys, 0-based indices, list items by
 * name), but walked over the bound records, so that keys left to their defaults are found too and
 * a path into a kind that is not chosen (a rewiring rate of a network that has none) is refused.
 */
public final class ValuePath {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((\\[[^\\]]+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]+)\\]");

    /**
     * The value a path names.
     *
     * @param type  the Java type of the value ({@code double}, {@code Integer}, a record...)
     * @param range its range, or null when it has none
     * @param canonical the path with every list item by its index, so that two paths to one value are equal
     */
    public record Target(Class<?> type, Range range, String canonical) {
        /** Whether the value is a number (whole or not). */
        public boolean isNumber() {
            return type == double.class || type == Double.class || isWhole();
        }

        /** Whether the value is a whole number: draws for it are rounded. */
        public boolean isWhole() {
            return type == int.class || type == Integer.class || type == long.class || type == Long.class;
        }

        public double min() {
            return range == null ? Double.NEGATIVE_INFINITY : range.min();
        }

        public double max() {
            return range == null ? Double.POSITIVE_INFINITY : range.max();
        }
    }

    /** Why a path names nothing, with a suggestion where one exists. */
    public static final class NotFound extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        NotFound(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    private ValuePath() {
    }

    /**
     * The value {@code path} names in {@code root}, a bound scenario record.
     *
     * @throws NotFound when a key, index or name along the path does not exist
     */
    public static Target resolve(Object root, String path) {
        Object current = root;
        Class<?> type = root.getClass();
        Type elementType = null;
        Range range = null;
        String walked = "";
        StringBuilder canonical = new StringBuilder();
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part.strip());
            if (!m.matches()) {
                throw new NotFound("'" + part + "' is not a key", "paths look like mechanisms.word_of_mouth.trial_rate");
            }
            String key = m.group(1);
            if (current == null || !current.getClass().isRecord()) {
                throw new NotFound("'" + key + "' under " + (walked.isEmpty() ? "the scenario" : walked)
                        + ", which is " + (current == null ? "not set" : "not a map"), null);
            }
            RecordComponent component = component(current.getClass(), key, walked);
            current = read(component, current);
            type = component.getType();
            elementType = type == List.class ? ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0] : null;
            range = component.getAnnotation(Range.class);
            walked = walked.isEmpty() ? key : walked + "." + key;
            canonical.append(canonical.length() == 0 ? "" : ".").append(key);
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                String inside = idx.group(1).strip();
                if (!(current instanceof List<?> list)) {
                    throw new NotFound("[" + inside + "] after " + walked + ", which is not a list", null);
                }
                int at = index(list, inside, walked);
                canonical.append('[').append(at).append(']');
                current = list.get(at);
                type = elementType instanceof Class<?> c ? c : Binder.rawClass(elementType);
                elementType = null;
                walked = walked + "[" + inside + "]";
            }
        }
        return new Target(type, range, canonical.toString());
    }

    private static RecordComponent component(Class<?> record, String key, String walked) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            String k = Names.yamlKey(c.getName());
            if (k.equals(key)) {
                return c;
            }
            keys.add(k);
        }
        String near = Names.closest(key, keys);
        Kind kind = record.getAnnotation(Kind.class);
        String where = walked.isEmpty() ? "the scenario" : walked + (kind == null ? "" : " (" + kind.value() + ")");
        throw new NotFound("no key '" + key + "' in " + where + "; its keys are " + String.join(", ", keys),
                near == null ? "see docs/scenario-reference.md for the keys of each section" : "did you mean '" + near + "'?");
    }

    /** The index of the item {@code inside} the brackets names: a number, or an item's name. */
    private static int index(List<?> list, String inside, String walked) {
        if (inside.matches("\\d+")) {
            int i = Integer.parseInt(inside);
            if (i >= list.size()) {
                throw new NotFound("index " + i + " of " + walked + ", which has " + list.size() + " items",
                        list.isEmpty() ? null : "indices start at 0: the last is " + (list.size() - 1));
            }
            return i;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            if (o != null && o.getClass().isRecord()) {
                for (RecordComponent c : o.getClass().getRecordComponents()) {
                    if (c.getName().equals("name") && read(c, o) instanceof String name) {
                        if (name.equals(inside)) {
                            return i;
                        }
                        names.add(name);
                    }
                }
            }
        }
        String near = Names.closest(inside, names);
        throw new NotFound("no item named '" + inside + "' in " + walked
                + (names.isEmpty() ? "" : "; its names are " + String.join(", ", names)),
                near == null ? null : "did you mean '" + near + "'?");
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
