package dev.rapport.scenario;

import java.text.Normalizer;
import java.util.OptionalInt;

/**
 * The rules for names a person reads in a terminal, a CSV file or a report (scenario, segment,
 * brand and strategy names): written in Unicode NFC, so that {@code café} typed composed or
 * decomposed is one name, and free of control and invisible characters, which would clear a
 * terminal, write a NUL into a CSV file or make two names look the same.
 */
public final class DisplayNames {
    private DisplayNames() {
    }

    /** @return {@code text} in Unicode normalisation form C ({@code null} stays {@code null}) */
    public static String normalize(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * @param allowLineBreaks whether newline and tab may appear (descriptions), or not (names)
     * @return the index (in chars) of the first control or invisible character, if any
     */
    public static OptionalInt firstHidden(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isHidden(cp) && !(allowLineBreaks && (cp == '\n' || cp == '\t'))) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }

    /**
     * Control (Cc), format (Cf: zero-width space, byte-order mark, bidirectional overrides),
     * line and paragraph separators, unassigned, private-use and lone surrogate code points, and
     * the fillers that render as nothing.
     */
    static boolean isHidden(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
        };
    }

    /** Whether the text has nothing to see: empty, or only spaces of any width. */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /** "U+001B" for a code point. */
    public static String codePoint(int cp) {
        return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }

    /** {@code text} in single quotes to quote in a message, or escaped if it hides characters. */
    public static String quoted(String text) {
        return firstHidden(text, false).isPresent() ? escaped(text) : "'" + text + "'";
    }

    /**
     * {@code text} as a YAML double-quoted string with every control or invisible character
     * escaped, so that a person sees what is hidden and can copy it back into the scenario.
     */
    public static String escaped(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (!isHidden(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(switch (cp) {
                    case 0 -> "\\0";
                    case 7 -> "\\a";
                    case 8 -> "\\b";
                    case '\t' -> "\\t";
                    case '\n' -> "\\n";
                    case 0x0B -> "\\v";
                    case '\f' -> "\\f";
                    case '\r' -> "\\r";
                    case 0x1B -> "\\e";
                    default -> cp <= 0xFF ? String.format(java.util.Locale.ROOT, "\\x%02X", cp)
                            : cp <= 0xFFFF ? String.format(java.util.Locale.ROOT, "\\u%04X", cp)
                            : String.format(java.util.Locale.ROOT, "\\U%08X", cp);
                });
            }
        });
        return sb.append('"').toString();
    }
}
