package dev.rapport.scenario.bind;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the scenario reference (Markdown): one table per section with every key's type,
 * default, range and meaning, from the annotations the {@link Binder} enforces. The committed
 * docs/scenario-reference.md is this output; a test fails when they differ.
 */
public final class ReferenceWriter {
    private ReferenceWriter() {
    }

    public static String markdown(Class<?> root, String intro) {
        StringBuilder sb = new StringBuilder(intro);
        Deque<Section> queue = new ArrayDeque<>();
        Set<Class<?>> done = new LinkedHashSet<>();
        queue.add(new Section(root, ""));
        while (!queue.isEmpty()) {
            Section s = queue.removeFirst();
            if (!done.add(s.type())) {
                continue;
            }
            if (s.type().isSealed()) {
                String key = s.type().getAnnotation(Discriminator.class).value();
                sb.append("\n## `").append(s.path()).append("`\n\n");
                appendDoc(sb, s.type().getAnnotation(Doc.class));
                sb.append("Chosen by `").append(key).append("`:\n\n");
                for (Map.Entry<String, Class<?>> kind : Binder.kinds(s.type()).entrySet()) {
                    sb.append("- `").append(key).append(": ").append(kind.getKey()).append("`: ");
                    Doc d = kind.getValue().getAnnotation(Doc.class);
                    sb.append(d == null ? "" : d.value()).append('\n');
                }
                for (Map.Entry<String, Class<?>> kind : Binder.kinds(s.type()).entrySet()) {
                    table(sb, kind.getValue(), s.path() + " (" + key + ": " + kind.getKey() + ")", s.path(), queue);
                }
            } else {
                table(sb, s.type(), s.path().isEmpty() ? "top level" : s.path(), s.path(), queue);
            }
        }
        return sb.toString();
    }

    private record Section(Class<?> type, String path) {
    }

    private static void table(StringBuilder sb, Class<?> record, String title, String path, Deque<Section> queue) {
        sb.append("\n## `").append(title).append("`\n\n");
        appendDoc(sb, record.getAnnotation(Doc.class));
        if (record.getRecordComponents().length == 0) {
            sb.append("No keys.\n");
            return;
        }
        sb.append("| key | type | default | range | meaning |\n|---|---|---|---|---|\n");
        for (RecordComponent c : record.getRecordComponents()) {
            String key = Names.yamlKey(c.getName());
            Default d = c.getAnnotation(Default.class);
            Range r = c.getAnnotation(Range.class);
            Doc doc = c.getAnnotation(Doc.class);
            String def = c.isAnnotationPresent(Required.class) ? "required" : d != null ? "`" + d.value() + "`" : defaultFor(c);
            sb.append("| `").append(key).append("` | ").append(c.isAnnotationPresent(MoneyAmount.class) ? "money" : typeName(c.getGenericType())).append(" | ")
                    .append(def).append(" | ").append(r == null ? "" : Binder.Scalars.describeRange(r)).append(" | ")
                    .append(doc == null ? "" : doc.value().replace("|", "\\|")).append(" |\n");
            Class<?> nested = nestedType(c.getGenericType());
            if (nested != null) {
                String child = path.isEmpty() ? key : path + "." + key;
                if (Binder.rawClass(c.getGenericType()) == List.class) {
                    child += "[]";
                }
                queue.add(new Section(nested, child));
            }
        }
    }

    private static String defaultFor(RecordComponent c) {
        Class<?> raw = c.getType();
        if (raw == List.class) {
            return "empty";
        }
        if (raw.isRecord() && !Scalar.class.isAssignableFrom(raw)) {
            return "all defaults";
        }
        return "none";
    }

    private static Class<?> nestedType(Type type) {
        Class<?> raw = Binder.rawClass(type);
        if (raw == List.class) {
            return nestedType(Binder.elementType(type));
        }
        return (raw.isRecord() && !Scalar.class.isAssignableFrom(raw)) || (raw.isSealed() && raw.isInterface()) ? raw : null;
    }

    private static String typeName(Type type) {
        Class<?> raw = Binder.rawClass(type);
        if (raw == List.class) {
            return "list of " + typeName(Binder.elementType(type));
        }
        if (raw == double.class || raw == Double.class) {
            return "number";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "integer";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw.isEnum() || Scalar.class.isAssignableFrom(raw)) {
            return Binder.describeType(type).replace("|", "\\|");
        }
        return "map";
    }

    private static void appendDoc(StringBuilder sb, Doc doc) {
        if (doc != null) {
            sb.append(doc.value()).append("\n\n");
        }
    }
}
