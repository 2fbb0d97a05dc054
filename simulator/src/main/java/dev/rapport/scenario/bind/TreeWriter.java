package dev.rapport.scenario.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Writes bound records back out as a JSON tree with the scenario's own key names, every default
 * filled in: the inverse of {@link Binder}. Used to save {@code scenario.json} beside results, so
 * a result folder says exactly what the model saw.
 */
public final class TreeWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TreeWriter() {
    }

    public static JsonNode write(Object value) {
        if (value == null) {
            return F.nullNode();
        }
        if (value instanceof Double d) {
            return F.numberNode(d);
        }
        if (value instanceof Integer i) {
            return F.numberNode(i);
        }
        if (value instanceof Long l) {
            return F.numberNode(l);
        }
        if (value instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (value instanceof String s) {
            return F.textNode(s);
        }
        if (value instanceof Enum<?> e) {
            return F.textNode(Names.yamlConstant(e));
        }
        if (value instanceof Scalar s) {
            return F.textNode(s.toYaml());
        }
        if (value instanceof List<?> list) {
            ArrayNode array = F.arrayNode();
            list.forEach(item -> array.add(write(item)));
            return array;
        }
        Class<?> type = value.getClass();
        if (type.isRecord()) {
            ObjectNode obj = F.objectNode();
            for (Class<?> iface : type.getInterfaces()) {
                Discriminator disc = discriminatorOf(iface);
                if (disc != null) {
                    obj.put(disc.value(), type.getAnnotation(Kind.class).value());
                }
            }
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(value);
                    if (v != null) {
                        obj.set(Names.yamlKey(c.getName()), write(v));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return obj;
        }
        throw new IllegalStateException("cannot write " + type);
    }

    private static Discriminator discriminatorOf(Class<?> iface) {
        Discriminator d = iface.getAnnotation(Discriminator.class);
        if (d != null) {
            return d;
        }
        for (Class<?> parent : iface.getInterfaces()) {
            d = discriminatorOf(parent);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
