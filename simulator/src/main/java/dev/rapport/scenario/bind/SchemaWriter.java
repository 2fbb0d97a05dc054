package dev.rapport.scenario.bind;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a JSON Schema (draft 2020-12) for the scenario records from the same annotations the
 * {@link Binder} enforces, so that editors complete and check exactly what Rapport accepts. Each
 * record and sealed type becomes a definition under {@code $defs}.
 *
 * <p>Why not a general schema generator: the binder's rules (snake_case keys, scalars such as
 * week ranges, discriminated kinds, defaults written in YAML) live in these annotations; generating
 * from them keeps the schema, the binder and the reference from drifting apart.
 */
public final class SchemaWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final Map<String, ObjectNode> defs = new LinkedHashMap<>();

    private SchemaWriter() {
    }

    public static ObjectNode schema(Class<?> root, String title) {
        SchemaWriter w = new SchemaWriter();
        ObjectNode rootRef = w.type(root, null);
        ObjectNode out = F.objectNode();
        out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        out.put("title", title);
        out.setAll(rootRef);
        ObjectNode defsNode = out.putObject("$defs");
        w.defs.forEach(defsNode::set);
        return out;
    }

    private ObjectNode type(Type type, Range range) {
        Class<?> raw = Binder.rawClass(type);
        ObjectNode n = F.objectNode();
        if (raw == List.class) {
            n.put("type", "array");
            n.set("items", type(Binder.elementType(type), range));
        } else if (raw == double.class || raw == Double.class) {
            n.put("type", "number");
            bounds(n, range);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            n.put("type", "integer");
            bounds(n, range);
        } else if (raw == boolean.class || raw == Boolean.class) {
            n.put("type", "boolean");
        } else if (raw == String.class) {
            n.put("type", "string");
        } else if (raw.isEnum()) {
            ArrayNode values = n.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).forEach(c -> values.add(Names.yamlConstant((Enum<?>) c)));
        } else if (Scalar.class.isAssignableFrom(raw)) {
            n.putArray("type").add("string").add("number");
            n.put("description", Binder.Scalars.expected(raw));
        } else if (raw.isRecord()) {
            n.put("$ref", "#/$defs/" + raw.getSimpleName());
            if (!defs.containsKey(raw.getSimpleName())) {
                defs.put(raw.getSimpleName(), F.objectNode());
                defs.put(raw.getSimpleName(), record(raw, null));
            }
        } else if (raw.isSealed()) {
            n.put("$ref", "#/$defs/" + raw.getSimpleName());
            if (!defs.containsKey(raw.getSimpleName())) {
                defs.put(raw.getSimpleName(), F.objectNode());
                defs.put(raw.getSimpleName(), sealed(raw));
            }
        } else {
            throw new IllegalStateException("no schema for " + raw);
        }
        return n;
    }

    private ObjectNode sealed(Class<?> raw) {
        ObjectNode n = F.objectNode();
        doc(n, raw.getAnnotation(Doc.class));
        String key = raw.getAnnotation(Discriminator.class).value();
        ArrayNode oneOf = n.putArray("oneOf");
        for (Map.Entry<String, Class<?>> kind : Binder.kinds(raw).entrySet()) {
            oneOf.add(record(kind.getValue(), key + "=" + kind.getKey()));
        }
        return n;
    }

    private ObjectNode record(Class<?> raw, String discriminator) {
        ObjectNode n = F.objectNode();
        n.put("type", "object");
        doc(n, raw.getAnnotation(Doc.class));
        ObjectNode props = n.putObject("properties");
        ArrayNode required = F.arrayNode();
        if (discriminator != null) {
            String[] kv = discriminator.split("=", 2);
            props.putObject(kv[0]).put("const", kv[1]);
            required.add(kv[0]);
        }
        for (RecordComponent c : raw.getRecordComponents()) {
            String key = Names.yamlKey(c.getName());
            ObjectNode p = c.isAnnotationPresent(MoneyAmount.class) ? money(c.getAnnotation(Range.class))
                    : type(c.getGenericType(), c.getAnnotation(Range.class));
            doc(p, c.getAnnotation(Doc.class));
            Default d = c.getAnnotation(Default.class);
            if (d != null) {
                p.put("default", d.value());
            }
            props.set(key, p);
            if (c.isAnnotationPresent(Required.class)) {
                required.add(key);
            }
        }
        if (!required.isEmpty()) {
            n.set("required", required);
        }
        n.put("additionalProperties", false);
        return n;
    }

    /** A money key: a number in range, or text such as 150k or 1.2M (whose range the binder checks). */
    private static ObjectNode money(Range range) {
        ObjectNode n = F.objectNode();
        ArrayNode anyOf = n.putArray("anyOf");
        ObjectNode number = anyOf.addObject().put("type", "number");
        bounds(number, range);
        anyOf.addObject().put("type", "string").put("pattern", MoneyText.SCHEMA_PATTERN);
        return n;
    }

    private static void bounds(ObjectNode n, Range range) {
        if (range == null) {
            return;
        }
        if (range.min() != Double.NEGATIVE_INFINITY) {
            n.put("minimum", range.min());
        }
        if (range.max() != Double.POSITIVE_INFINITY) {
            n.put("maximum", range.max());
        }
    }

    private static void doc(ObjectNode n, Doc doc) {
        if (doc != null && !n.has("description")) {
            n.put("description", doc.value());
        }
    }
}
