package dev.rapport.gui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and replaces one value in a tree of records by its scenario key path
 * ({@code word_of_mouth.trial_rate} in {@link dev.rapport.scenario.Mechanisms}), so that a knob is
 * named with the same words as the YAML and a change makes a new record through the canonical
 * constructor, as the loader would.
 */
final class RecordEdit {
    private RecordEdit() {
    }

    /** The value at {@code path} (snake_case keys separated by dots) in {@code root}. */
    static Object get(Record root, String path) {
        Object at = root;
        for (String key : path.split("\\.")) {
            at = read((Record) at, component((Record) at, key));
        }
        return at;
    }

    /** A copy of {@code root} with the value at {@code path} replaced by {@code value}. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R root, String path, Object value) {
        return (R) replace(root, List.of(path.split("\\.")), value);
    }

    private static Record replace(Record at, List<String> keys, Object value) {
        RecordComponent target = component(at, keys.get(0));
        RecordComponent[] components = at.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = read(at, components[i]);
            if (components[i].getName().equals(target.getName())) {
                args[i] = keys.size() == 1 ? value : replace((Record) args[i], keys.subList(1, keys.size()), value);
            }
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return (Record) at.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + at.getClass().getSimpleName(), e);
        }
    }

    private static RecordComponent component(Record at, String key) {
        String name = camel(key);
        return Arrays.stream(at.getClass().getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no key " + key + " in " + at.getClass().getSimpleName()));
    }

    private static Object read(Record at, RecordComponent component) {
        try {
            return component.getAccessor().invoke(at);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** {@code trial_rate} → {@code trialRate}. */
    static String camel(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : key.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
