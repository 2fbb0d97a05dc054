package dev.rapport.scenario.bind;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money as people write it: a plain number ({@code 150000}, {@code 1.5e5}) or a number with
 * one of the suffixes {@code k} or {@code K} (thousand), {@code M} (million) and {@code bn}
 * (billion), such as {@code 150k} or {@code 1.2M}. The value is exact ({@code 1.2M} is 1200000, not
 * the double nearest 1.2 times a million). Lower-case {@code m} is refused: it reads as milli as
 * readily as million. Currency symbols and thousands separators are refused with a hint.
 */
final class MoneyText {
    /** What a money key expects, for messages. */
    static final String EXPECTED = "an amount of money: a number, or one with k (thousand), M (million) or bn (billion) such as 150k or 1.2M";
    /** The text forms, for the JSON Schema (numbers are a separate alternative there). */
    static final String SCHEMA_PATTERN = "^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|k|K|M|bn)?$";

    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern SUFFIXED = Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+))\\s*([A-Za-z]+)");
    private static final Pattern SYMBOL = Pattern.compile(".*[\\p{Sc}].*|.*\\b[A-Z]{3}\\b.*");

    /** Longer text is no amount anyone writes, and is not parsed (a long number costs quadratic time). */
    private static final int MAX_CHARS = 100;

    private MoneyText() {
    }

    /**
     * The exact value of {@code text}.
     *
     * @throws IllegalArgumentException with a hint, when the text is not money as this class reads it
     */
    static BigDecimal parse(String text) {
        String t = text.strip();
        if (t.length() > MAX_CHARS) {
            return refuse("a number of " + t.length() + " characters is not a scenario value");
        }
        if (PLAIN.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        Matcher m = SUFFIXED.matcher(t);
        if (m.matches()) {
            String suffix = m.group(2);
            BigDecimal number = new BigDecimal(m.group(1));
            BigDecimal value = switch (suffix) {
                case "k", "K" -> number.movePointRight(3);
                case "M" -> number.movePointRight(6);
                case "bn" -> number.movePointRight(9);
                default -> throw new IllegalArgumentException(hintFor(suffix));
            };
            if (!t.equals(m.group(1) + suffix)) {
                return refuse("write it without a space: " + m.group(1) + suffix);
            }
            return value;
        }
        if (SYMBOL.matcher(t).matches()) {
            return refuse("write the amount without its currency (market.currency sets it): 150k, not €150k");
        }
        if (t.matches("[-+]?\\d{1,3}([,.' ]\\d{3})+([.,]\\d+)?[A-Za-z]*")) {
            return refuse("write it without thousands separators: 150000 or 150k");
        }
        return refuse("write 150000, 150k, 1.2M or 2bn");
    }

    private static BigDecimal refuse(String hint) {
        throw new IllegalArgumentException(hint);
    }

    private static String hintFor(String suffix) {
        if (suffix.matches("[A-Z]{3}")) {
            return "write the amount without its currency (market.currency sets it): 150k, not 150k " + suffix;
        }
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "m" -> "'m' could be milli or million: write M for million (1.2M)";
            case "mn", "mm", "mio", "million", "millions" -> "write M for million (1.2M)";
            case "bn" -> "write bn in lower case (2bn)";
            case "b", "bil", "billion", "billions", "g" -> "write bn for billion (2bn)";
            case "thousand", "thousands", "t", "th" -> "write k for thousand (150k)";
            default -> "the suffixes are k (thousand), M (million) and bn (billion): 150k, 1.2M, 2bn";
        };
    }
}
