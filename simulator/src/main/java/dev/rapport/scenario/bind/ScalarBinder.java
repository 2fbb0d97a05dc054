package dev.rapport.scenario.bind;

import dev.rapport.scenario.ScenarioProblem.Code;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one scalar of a scenario as the type its key declares: text, true or false, a number
 * (exactly, for whole numbers; as written money for {@link MoneyAmount} keys), an enum constant or
 * a {@link Scalar} type, checked against the key's {@link Range}. Problems go to the binder that
 * owns it, which keeps the list.
 */
final class ScalarBinder {
    /** Where a problem is reported: the binder's own list, with its cap. */
    @FunctionalInterface
    interface Problems {
        void report(Code code, Location at, String path, String expected, String found, String suggestion);
    }

    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[-+]?\\.?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private final Problems problems;

    ScalarBinder(Problems problems) {
        this.problems = problems;
    }

    private void report(Code code, Location at, String path, String expected, String found, String suggestion) {
        problems.report(code, at, path, expected, found, suggestion);
    }

    /** {@code node} read as {@code raw}, or null with the problem reported. */
    Object scalar(Node.ScalarNode node, Class<?> raw, Range range, String path) {
        String text = node.text();
        Node.ScalarType st = node.type();
        if (raw == String.class) {
            if (st == Node.ScalarType.NULL) {
                report(Code.WRONG_TYPE, node.location(), path, "text", node.describe(), null);
                return null;
            }
            return text;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (st != Node.ScalarType.BOOLEAN) {
                report(Code.WRONG_TYPE, node.location(), path, "true or false", node.describe(), null);
                return null;
            }
            return Boolean.parseBoolean(text.toLowerCase());
        }
        if (raw == double.class || raw == Double.class) {
            Double d = number(node, path);
            if (d != null) {
                checkRange(d, range, node, path);
            }
            return d;
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return whole(node, raw == int.class || raw == Integer.class, range, path);
        }
        if (raw.isEnum()) {
            Map<String, Object> byName = new LinkedHashMap<>();
            for (Object c : raw.getEnumConstants()) {
                byName.put(Names.yamlConstant((Enum<?>) c), c);
            }
            Object found = byName.get(text);
            if (found == null || st == Node.ScalarType.NULL) {
                String near = Names.closest(text, byName.keySet());
                report(Code.WRONG_TYPE, node.location(), path, "one of " + String.join(", ", byName.keySet()),
                        node.describe(), near == null ? null : "did you mean '" + near + "'?");
            }
            return found;
        }
        if (Scalar.class.isAssignableFrom(raw)) {
            if (st == Node.ScalarType.NULL) {
                report(Code.WRONG_TYPE, node.location(), path, Binder.Scalars.expected(raw), node.describe(), null);
                return null;
            }
            try {
                return Binder.Scalars.parse(raw, text);
            } catch (IllegalArgumentException e) {
                report(Code.WRONG_TYPE, node.location(), path, Binder.Scalars.expected(raw), node.describe(), e.getMessage());
                return null;
            }
        }
        throw new IllegalStateException("scenario type " + raw.getName() + " is not supported by the binder");
    }

    /** A whole number read exactly from its text (see {@link WholeNumbers}). */
    private Object whole(Node.ScalarNode node, boolean isInt, Range range, String path) {
        Double d = number(node, path); // refuses text, NaN and infinities with the usual messages
        if (d == null) {
            return null;
        }
        BigDecimal exact = WholeNumbers.exact(node.text().replace("_", ""), isInt);
        if (exact == null) {
            report(Code.WRONG_TYPE, node.location(), path, "a whole number up to " + WholeNumbers.max(isInt),
                    node.describe(), null);
            return null;
        }
        if (!WholeNumbers.within(exact, range)) {
            report(Code.OUT_OF_RANGE, node.location(), path, "a value in " + Binder.Scalars.describeRange(range),
                    node.describe(), null);
        }
        return isInt ? (Object) exact.intValue() : (Object) exact.longValue();
    }

    private Double number(Node.ScalarNode node, String path) {
        String text = node.text().replace("_", "");
        boolean numeric = node.type() == Node.ScalarType.INTEGER || node.type() == Node.ScalarType.DECIMAL;
        if (SPECIAL_FLOAT.matcher(text).matches() && numeric) {
            report(Code.OUT_OF_RANGE, node.location(), path, "a finite number", node.describe(),
                    "NaN and infinities are not scenario values");
            return null;
        }
        if (!numeric) {
            String hint = node.type() != Node.ScalarType.STRING ? null
                    : looksNumeric(text) ? (text.length() > 100
                            ? "a number of " + text.length() + " characters is not a scenario value" : "remove the quotes")
                    : SPECIAL_FLOAT.matcher(text).matches() || text.matches("(?i)[-+]?(nan|inf(inity)?)")
                    ? "NaN and infinities are not scenario values" : null;
            report(Code.WRONG_TYPE, node.location(), path, "a number", node.describe(), hint);
            return null;
        }
        try {
            double d = Double.parseDouble(text);
            if (!Double.isFinite(d)) {
                report(Code.OUT_OF_RANGE, node.location(), path, "a finite number", node.describe(), null);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            try {
                return (double) Long.decode(text);
            } catch (NumberFormatException e2) {
                report(Code.WRONG_TYPE, node.location(), path, "a number", node.describe(), null);
                return null;
            }
        }
    }

    private static boolean looksNumeric(String text) {
        // Not Double.parseDouble: it also takes "NaN", "Infinity", "1f" and hex, which no one quotes as a number.
        return DECIMAL_TEXT.matcher(text.replace("_", "").strip()).matches();
    }

    private static final Pattern DECIMAL_TEXT =
            Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private void checkRange(double d, Range range, Node node, String path) {
        if (range == null) {
            return;
        }
        if (d < range.min() || d > range.max()) {
            report(Code.OUT_OF_RANGE, node.location(), path, "a value in " + Binder.Scalars.describeRange(range),
                    node.describe(), null);
        }
    }

    /**
     * A money value written as text ({@code 150k}, {@code 1.2M}) as the exact number it stands for,
     * so that it is then checked like any number; null (with the problem reported) when it is not
     * money. Numbers and other nodes pass unchanged.
     */
    Node money(Node node, Range range, String path) {
        if (!(node instanceof Node.ScalarNode s) || s.type() != Node.ScalarType.STRING
                || s.text().strip().matches("(?i)[-+]?\\.?(nan|inf|infinity)")) {
            return node; // NaN and infinities get number()'s own message
        }
        BigDecimal value;
        try {
            value = MoneyText.parse(s.text());
        } catch (IllegalArgumentException e) {
            report(Code.WRONG_TYPE, s.location(), path, MoneyText.EXPECTED, s.describe(), e.getMessage());
            return null;
        }
        if (!WholeNumbers.within(value, range)) {
            // Said here, with the text as written: "2000bn (2000000000000)", not the number alone.
            report(Code.OUT_OF_RANGE, s.location(), path, "a value in " + Binder.Scalars.describeRange(range),
                    s.text().strip() + " (" + (Math.abs(value.scale()) > 30 ? value : value.toPlainString()) + ")", null);
            return null;
        }
        // toString, not toPlainString: a huge exponent stays short and is refused as not finite.
        return new Node.ScalarNode(value.toString(), Node.ScalarType.DECIMAL, s.location());
    }
}
