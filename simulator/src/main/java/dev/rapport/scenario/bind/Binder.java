package dev.rapport.scenario.bind;

import dev.rapport.scenario.ScenarioException;
import dev.rapport.scenario.ScenarioProblem;
import dev.rapport.scenario.ScenarioProblem.Code;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binds a {@link Node} tree onto immutable records by reflection, checking every key, type and
 * range on the way and collecting every problem rather than stopping at the first.
 *
 * <p>Supported types: {@code double}, {@code int}, {@code long}, {@code boolean} (and their boxes,
 * which may stay {@code null} when not given), {@code String}, enums (lower-case constants),
 * {@link Scalar} types, {@code List<T>}, records, and sealed interfaces of records selected by a
 * {@link Discriminator} key. A record's compact constructor may refuse a combination of values by
 * throwing {@link IllegalArgumentException}; the message is reported at the record's location.
 * Numbers marked {@link MoneyAmount} also take money as people write it ({@code 150k}, {@code 1.2M}).
 *
 * <p>The binder also remembers where each key path was found ({@link Result#locations()}), so
 * that checks made after binding can point at the right line.
 */
public final class Binder {

    /** The bound value and the location of every key path in it. */
    public record Result<T>(T value, Map<String, Location> locations) {
        /** The location of {@code path}, or of its nearest enclosing path that has one. */
        public Location locate(String path) {
            String p = path;
            while (true) {
                Location loc = locations.get(p);
                if (loc != null) {
                    return loc;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                if (cut <= 0) {
                    return locations.getOrDefault("", Location.of("scenario"));
                }
                p = p.substring(0, cut);
            }
        }
    }

    private final List<ScenarioProblem> problems = new ArrayList<>();
    /** Problems found past {@link ScenarioException#MAX_LISTED}: counted, never built. */
    private long unlisted;
    private final Map<String, Location> locations = new HashMap<>();
    private final YamlReader defaultsReader = new YamlReader();
    private final ScalarBinder scalars = new ScalarBinder(this::report);

    /** Binds {@code root} as {@code type}; throws {@link ScenarioException} listing every problem. */
    public static <T> Result<T> bind(Node root, Class<T> type) {
        Binder binder = new Binder();
        Object value = binder.value(root, type, null, "");
        if (!binder.problems.isEmpty()) {
            throw new ScenarioException(binder.problems, binder.unlisted);
        }
        return new Result<>(type.cast(value), Map.copyOf(binder.locations));
    }

    private Object value(Node node, Type type, Range range, String path) {
        locations.putIfAbsent(path, node.location());
        Class<?> raw = rawClass(type);
        if (raw == List.class) {
            return list(node, elementType(type), range, path);
        }
        if (raw.isRecord() && !Scalar.class.isAssignableFrom(raw)) {
            return record(node, raw, path);
        }
        if (raw.isSealed() && raw.isInterface()) {
            return sealed(node, raw, path);
        }
        if (!(node instanceof Node.ScalarNode scalar)) {
            report(Code.WRONG_TYPE, node.location(), path, describeType(type), node.describe(), null);
            return null;
        }
        return scalars.scalar(scalar, raw, range, path);
    }

    private List<Object> list(Node node, Type element, Range range, String path) {
        if (node instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL) {
            return List.of();
        }
        if (!(node instanceof Node.ListNode listNode)) {
            report(Code.WRONG_TYPE, node.location(), path, "a list of " + describeType(element), node.describe(),
                    "write the items on lines starting with '- '");
            return List.of();
        }
        List<Object> out = new ArrayList<>(listNode.items().size());
        for (int i = 0; i < listNode.items().size(); i++) {
            Object v = value(listNode.items().get(i), element, range, path + "[" + i + "]");
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private Object sealed(Node node, Class<?> type, String path) {
        Discriminator disc = type.getAnnotation(Discriminator.class);
        if (disc == null) {
            throw new IllegalStateException(type.getName() + " needs @Discriminator to be bound");
        }
        Map<String, Class<?>> kinds = kinds(type);
        if (!(node instanceof Node.MapNode map)) {
            report(Code.WRONG_TYPE, node.location(), path, "a map with '" + disc.value() + "' set to one of "
                    + String.join(", ", kinds.keySet()), node.describe(), null);
            return null;
        }
        Node kindNode = map.entries().get(disc.value());
        if (kindNode == null) {
            report(Code.MISSING_KEY, map.location(), join(path, disc.value()), "'" + disc.value() + "': one of "
                    + String.join(", ", kinds.keySet()), "no '" + disc.value() + "' key", null);
            return null;
        }
        String kind = kindNode instanceof Node.ScalarNode s ? s.text() : "";
        Class<?> chosen = kinds.get(kind);
        if (chosen == null) {
            String near = Names.closest(kind, kinds.keySet());
            report(Code.WRONG_TYPE, kindNode.location(), join(path, disc.value()), "one of " + String.join(", ", kinds.keySet()),
                    kindNode.describe(), near == null ? null : "did you mean '" + near + "'?");
            return null;
        }
        return record(map, chosen, path, disc.value());
    }

    /** The permitted records of a sealed type by their YAML kind name, in declaration order. */
    public static Map<String, Class<?>> kinds(Class<?> sealedType) {
        Map<String, Class<?>> kinds = new LinkedHashMap<>();
        addKinds(sealedType, kinds);
        return kinds;
    }

    /** Permitted records, looking through sealed sub-interfaces (which group kinds, e.g. money levers). */
    private static void addKinds(Class<?> sealedType, Map<String, Class<?>> kinds) {
        for (Class<?> sub : sealedType.getPermittedSubclasses()) {
            if (sub.isInterface()) {
                addKinds(sub, kinds);
                continue;
            }
            Kind k = sub.getAnnotation(Kind.class);
            if (k == null) {
                throw new IllegalStateException(sub.getName() + " needs @Kind");
            }
            kinds.put(k.value(), sub);
        }
    }

    private Object record(Node node, Class<?> type, String path) {
        return record(node, type, path, null);
    }

    private Object record(Node node, Class<?> type, String path, String discriminatorKey) {
        Node.MapNode map;
        if (node instanceof Node.MapNode m) {
            map = m;
        } else if (node instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL) {
            map = new Node.MapNode(new LinkedHashMap<>(), Map.of(), node.location());
        } else {
            report(Code.WRONG_TYPE, node.location(), path, "a map of " + keysOf(type), node.describe(), null);
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            byKey.put(Names.yamlKey(c.getName()), c);
        }
        for (Map.Entry<String, Node> e : map.entries().entrySet()) {
            String key = e.getKey();
            if (!byKey.containsKey(key) && !key.equals(discriminatorKey)) {
                if (full()) {
                    unlisted++; // the suggestion and message of a problem not listed would be wasted work
                    continue;
                }
                String near = Names.closest(key, byKey.keySet());
                Location at = map.keyLocations().getOrDefault(key, e.getValue().location());
                // A key that looks right but holds an invisible character is shown with it escaped.
                String shown = Names.visible(key);
                boolean hidden = !shown.equals(key);
                String hint = near == null ? "see docs/scenario-reference.md for the keys of this section"
                        : "did you mean '" + near + "'?";
                report(Code.UNKNOWN_KEY, at, join(path, shown), "one of the keys " + keysOf(type), "unknown key '" + shown + "'"
                        + (hidden ? " (it holds an invisible character)" : ""),
                        hidden ? "delete and retype the key; " + hint : hint);
            }
        }
        long before = found();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String key = Names.yamlKey(c.getName());
            String childPath = join(path, key);
            Node child = map.entries().get(key);
            Range range = c.getAnnotation(Range.class);
            if (child != null) {
                if (map.keyLocations().containsKey(key)) {
                    locations.put(childPath, map.keyLocations().get(key));
                }
                if (c.isAnnotationPresent(MoneyAmount.class)) {
                    child = scalars.money(child, range, childPath);
                }
                args[i] = child == null ? null : value(child, c.getGenericType(), range, childPath);
            } else if (c.isAnnotationPresent(Required.class)) {
                report(Code.MISSING_KEY, map.location(), childPath, "'" + key + "': " + describeType(c.getGenericType()),
                        "no '" + key + "' key", docOf(c));
            } else {
                args[i] = defaultValue(c, childPath, map.location());
            }
            if (args[i] == null && c.getType().isPrimitive()) {
                args[i] = zeroOf(c.getType());
            }
        }
        if (found() > before) {
            return null;
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) {
                report(Code.INVALID, map.location(), path, iae.getMessage(), null, null);
                return null;
            }
            throw new IllegalStateException("binding " + type.getSimpleName() + " failed", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private Object defaultValue(RecordComponent c, String path, Location parent) {
        Default d = c.getAnnotation(Default.class);
        Class<?> raw = c.getType();
        if (d != null) {
            Node node = defaultsReader.read(d.value(), "default of " + path);
            Node placed = Node.relocate(node, parent);
            return value(placed, c.getGenericType(), c.getAnnotation(Range.class), path);
        }
        if (raw == List.class) {
            return List.of();
        }
        if (raw.isRecord() && !Scalar.class.isAssignableFrom(raw)) {
            return record(new Node.MapNode(new LinkedHashMap<>(), Map.of(), parent), raw, path);
        }
        if (raw.isPrimitive()) {
            throw new IllegalStateException(c.getDeclaringRecord().getSimpleName() + "." + c.getName()
                    + " is primitive and needs @Default or @Required");
        }
        return null;
    }


    private static Object zeroOf(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == int.class) {
            return 0;
        }
        if (primitive == long.class) {
            return 0L;
        }
        return 0.0;
    }

    private void report(Code code, Location at, String path, String expected, String found, String suggestion) {
        if (full()) {
            unlisted++;
            return;
        }
        problems.add(new ScenarioProblem(code, at, path, expected, found, suggestion));
    }

    private boolean full() {
        return problems.size() >= ScenarioException.MAX_LISTED;
    }

    /** Problems found so far, listed or not. */
    private long found() {
        return problems.size() + unlisted;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String docOf(RecordComponent c) {
        Doc doc = c.getAnnotation(Doc.class);
        return doc == null ? null : doc.value();
    }

    static String keysOf(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> Names.yamlKey(c.getName()))
                .collect(Collectors.joining(", "));
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    static Type elementType(Type listType) {
        return ((ParameterizedType) listType).getActualTypeArguments()[0];
    }

    /** A person's name for a type, used in "expected ..." messages. */
    public static String describeType(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == List.class) {
            return "a list of " + describeType(elementType(type));
        }
        if (raw == double.class || raw == Double.class) {
            return "a number";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "a whole number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(e -> Names.yamlConstant((Enum<?>) e))
                    .collect(Collectors.joining(", "));
        }
        if (Scalar.class.isAssignableFrom(raw)) {
            return Scalars.expected(raw);
        }
        if (raw.isSealed()) {
            return "a map with '" + raw.getAnnotation(Discriminator.class).value() + "'";
        }
        return "a map";
    }

    /** Access to {@link Scalar} types' parse methods and their documentation. */
    static final class Scalars {
        private Scalars() {
        }

        static Object parse(Class<?> type, String text) {
            try {
                Method parse = type.getMethod("parse", String.class);
                return parse.invoke(null, text.trim());
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException iae) {
                    throw iae;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getName() + " needs a public static parse(String)", e);
            }
        }

        static String expected(Class<?> type) {
            Doc doc = type.getAnnotation(Doc.class);
            return doc == null ? type.getSimpleName() : doc.value();
        }

        static String describeRange(Range r) {
            String lo = r.min() == Double.NEGATIVE_INFINITY ? "(-inf" : "[" + trim(r.min());
            String hi = r.max() == Double.POSITIVE_INFINITY ? "inf)" : trim(r.max()) + "]";
            return lo + ", " + hi;
        }

        static String trim(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
    }
}
