package dev.rapport.report.metrics;

import java.util.Locale;
import java.util.Map;

/**
 * The symbol outputs write money with, from a scenario's {@code market.currency} code: {@code €}
 * for {@code EUR}, {@code $} for {@code USD}, {@code £} for {@code GBP}. A fixed table rather than
 * {@link java.util.Currency#getSymbol()}, whose answer depends on the machine's locale (EUR is
 * "EUR" in the root locale, "€" in a French one): a report must read the same everywhere. Codes
 * whose symbol is shared or ambiguous (kr for SEK, NOK and DKK) and codes not in the table are
 * written as the code itself.
 */
public final class CurrencySymbol {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("EUR", "€"), Map.entry("USD", "$"), Map.entry("GBP", "£"), Map.entry("JPY", "¥"),
            Map.entry("CNY", "CN¥"), Map.entry("INR", "₹"), Map.entry("KRW", "₩"), Map.entry("ILS", "₪"),
            Map.entry("NGN", "₦"), Map.entry("VND", "₫"), Map.entry("PHP", "₱"), Map.entry("UAH", "₴"),
            Map.entry("TRY", "₺"), Map.entry("BRL", "R$"), Map.entry("CAD", "CA$"), Map.entry("AUD", "A$"),
            Map.entry("NZD", "NZ$"), Map.entry("HKD", "HK$"), Map.entry("MXN", "MX$"), Map.entry("TWD", "NT$"));

    private CurrencySymbol() {
    }

    /** @return the symbol for {@code code} (case-insensitive), or the code itself upper-cased when it has none here */
    public static String of(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return SYMBOLS.getOrDefault(c, c);
    }

    /** @return what goes before an amount: the symbol, with a space when it is a code ({@code €}, {@code CHF }) */
    public static String prefix(String code) {
        String symbol = of(code);
        return symbol.isEmpty() || Character.isLetter(symbol.charAt(symbol.length() - 1)) ? symbol + " " : symbol;
    }
}
